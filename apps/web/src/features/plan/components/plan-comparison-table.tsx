import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { PLAN_ORDER, PLANS, type PlanName } from '@stayzr/shared';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { Fragment } from 'react';
import {
  type ComparisonCell,
  type ComparisonRow,
  type PlanAction,
  planActionFor,
  planComparisonRows,
} from '../lib/plan-comparison';

const ROWS = planComparisonRows();
// A tint, not a fill: the column stands out in both colour schemes without drowning its text.
const CURRENT_TINT = 'color-mix(in srgb, var(--mantine-color-teal-light) 45%, transparent)';
const SUGGESTED_TINT = 'color-mix(in srgb, var(--mantine-color-violet-light) 55%, transparent)';
const GROUPS = ['Limits', 'Features'] as const;

interface PlanComparisonTableProps {
  current: PlanName;
  /** Org admins get a button per plan; staff see the table only. */
  canChange: boolean;
  /** A plan a hint pointed to (`?plan=` in the URL), picked out with a badge. */
  suggested: PlanName | null;
  onChoose: (plan: PlanName, action: Exclude<PlanAction, 'current' | null>) => void;
}

/** Every plan side by side: price, each limit and each feature, including those still to come. */
export function PlanComparisonTable({ current, canChange, suggested, onChoose }: PlanComparisonTableProps) {
  const highlight = (plan: PlanName) =>
    plan === current ? CURRENT_TINT : plan === suggested ? SUGGESTED_TINT : undefined;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Compare plans" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="34%">
              <VisuallyHidden>Plan</VisuallyHidden>
            </Table.Th>
            {PLAN_ORDER.map((plan) => (
              <Table.Th key={plan} bg={highlight(plan)} style={{ verticalAlign: 'top' }}>
                <Stack gap={4}>
                  <Group gap={6}>
                    <Text fw={700}>{PLANS[plan].label}</Text>
                    {plan === current ? (
                      <Badge size="xs" color="teal">
                        Current
                      </Badge>
                    ) : plan === suggested ? (
                      <Badge size="xs" color="violet">
                        Suggested
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed" fw={400}>
                    {PLANS[plan].description}
                  </Text>
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.filter((row) => row.group === 'Price').map((row) => (
            <ComparisonTableRow key={row.key} row={row} highlight={highlight} />
          ))}
          {GROUPS.map((group) => (
            <Fragment key={group}>
              <Table.Tr>
                <Table.Th colSpan={PLAN_ORDER.length + 1} pt="lg">
                  <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                    {group}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {ROWS.filter((row) => row.group === group).map((row) => (
                <ComparisonTableRow key={row.key} row={row} highlight={highlight} />
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td>
              {canChange ? null : (
                <Text size="sm" c="dimmed">
                  Only org admins can change the plan.
                </Text>
              )}
            </Table.Td>
            {PLAN_ORDER.map((plan) => (
              <Table.Td key={plan} bg={highlight(plan)}>
                <PlanActionButton
                  plan={plan}
                  action={planActionFor(plan, current, canChange)}
                  onChoose={onChoose}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function ComparisonTableRow({
  row,
  highlight,
}: {
  row: ComparisonRow;
  highlight: (plan: PlanName) => string | undefined;
}) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Stack gap={0}>
          <Group gap={6}>
            <Text size="sm" fw={500}>
              {row.label}
            </Text>
            {row.comingSoon ? (
              <Badge size="xs" variant="outline" color="gray">
                Coming soon
              </Badge>
            ) : null}
          </Group>
          {row.description ? (
            <Text size="xs" c="dimmed">
              {row.description}
            </Text>
          ) : null}
        </Stack>
      </Table.Th>
      {PLAN_ORDER.map((plan) => (
        <Table.Td key={plan} bg={highlight(plan)}>
          <Cell cell={row.cells[plan]} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

function Cell({ cell }: { cell: ComparisonCell }) {
  if (cell.kind === 'text') return <Text size="sm">{cell.text}</Text>;
  return cell.included ? (
    <>
      <IconCheck stroke={1.75} aria-hidden size={18} color="var(--mantine-color-teal-6)" />
      <VisuallyHidden>Included</VisuallyHidden>
    </>
  ) : (
    <>
      <IconMinus stroke={1.75} aria-hidden size={18} color="var(--mantine-color-dimmed)" />
      <VisuallyHidden>Not included</VisuallyHidden>
    </>
  );
}

function PlanActionButton({
  plan,
  action,
  onChoose,
}: {
  plan: PlanName;
  action: PlanAction;
  onChoose: PlanComparisonTableProps['onChoose'];
}) {
  const label = PLANS[plan].label;
  switch (action) {
    case 'current':
      return (
        <Text size="sm" fw={600} c="teal">
          Your plan
        </Text>
      );
    case 'upgrade':
      return (
        <Button size="sm" onClick={() => onChoose(plan, 'upgrade')}>
          Upgrade to {label}
        </Button>
      );
    case 'downgrade':
      return (
        <Button size="sm" variant="default" onClick={() => onChoose(plan, 'downgrade')}>
          Switch to {label}
        </Button>
      );
    case 'request':
      return (
        <Button size="sm" variant="light" onClick={() => onChoose(plan, 'request')}>
          Ask for {label}
        </Button>
      );
    case null:
      return null;
  }
}
