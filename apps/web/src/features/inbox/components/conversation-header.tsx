import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ConversationDetail } from '@stayzr/shared';
import {
  IconArrowBackUp,
  IconArrowLeft,
  IconCheck,
  IconChevronDown,
  IconCircleCheck,
  IconHourglass,
  IconLayoutSidebarRight,
  IconUser,
  IconUserOff,
  IconZzz,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { ChannelIcon } from '../../../ui/channel-icon';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { guestDisplayName } from '../lib/guest-name';
import { PENDING_EXPLANATION } from '../lib/routes';
import { fromLocalInputValue, snoozePresets, toLocalInputValue } from '../lib/snooze';
import { formatSnoozeUntil } from '../lib/time-format';
import type { ConversationActions } from '../lib/use-conversation-actions';
import { ConversationLabels } from './conversation-labels';
import classes from './inbox.module.css';

interface ConversationHeaderProps {
  conversation: ConversationDetail;
  actions: ConversationActions;
  backTo: string;
  /** Shown when the side panel is not on screen (narrower windows). */
  onShowDetails: (() => void) | null;
}

export function ConversationHeader({
  conversation,
  actions,
  backTo,
  onShowDetails,
}: ConversationHeaderProps) {
  const name = guestDisplayName(conversation.guest);
  const room = conversation.stay?.room;
  const meta = [conversation.channel.name, room ? `Room ${room}` : null, `#${conversation.displayId}`]
    .filter(Boolean)
    .join(' · ');
  const closed = conversation.status === 'resolved' || conversation.status === 'snoozed';

  return (
    <Group
      justify="space-between"
      wrap="wrap"
      px="md"
      py="sm"
      gap="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 180px' }}>
        <ActionIcon
          component={Link}
          to={backTo}
          variant="subtle"
          color="gray"
          hiddenFrom="sm"
          aria-label="Back to the conversation list"
        >
          <IconArrowLeft stroke={1.75} aria-hidden size={18} />
        </ActionIcon>
        <Stack gap={0} miw={0}>
          <Title order={2} size="h4" lineClamp={1} title={name} className={classes.breakAnywhere}>
            {name}
          </Title>
          <Group gap={6} wrap="nowrap" c="dimmed">
            <ChannelIcon type={conversation.channel.type} size={14} />
            <Text size="xs" c="dimmed" className={classes.ellipsis} title={meta}>
              {meta}
            </Text>
            {conversation.status === 'snoozed' && conversation.snoozedUntil ? (
              <Badge
                size="xs"
                color="indigo"
                variant="light"
                leftSection={<IconZzz stroke={1.75} aria-hidden size={10} />}
              >
                until {formatSnoozeUntil(conversation.snoozedUntil)}
              </Badge>
            ) : conversation.status === 'pending' ? (
              <Tooltip label={PENDING_EXPLANATION} withArrow multiline w={240}>
                <Badge size="xs" color="yellow" variant="light">
                  Pending
                </Badge>
              </Tooltip>
            ) : conversation.status === 'resolved' ? (
              <Badge size="xs" color="gray" variant="light">
                Resolved
              </Badge>
            ) : null}
          </Group>
        </Stack>
      </Group>

      <Group gap="xs" wrap="nowrap" ml="auto">
        <ConversationLabels conversation={conversation} />
        <AssignMenu conversation={conversation} actions={actions} />
        {conversation.status === 'pending' ? (
          <ReopenButton actions={actions} tooltip="Back to Open" label="Open" />
        ) : null}
        {closed ? (
          <ReopenButton actions={actions} tooltip="Reopen (e)" label="Reopen" />
        ) : (
          <>
            <SnoozeMenu actions={actions} pending={conversation.status === 'pending'} />
            <Tooltip label="Resolve (e)">
              <Button
                size="xs"
                leftSection={<IconCircleCheck stroke={1.75} aria-hidden size={16} />}
                loading={actions.changingStatus}
                onClick={() => actions.setStatus('resolved')}
              >
                <span className={classes.primaryActionLabel}>Resolve</span>
              </Button>
            </Tooltip>
          </>
        )}
        {onShowDetails ? (
          <Tooltip label="Guest and stay">
            <ActionIcon variant="default" size="lg" onClick={onShowDetails} aria-label="Show guest and stay">
              <IconLayoutSidebarRight stroke={1.75} aria-hidden size={18} />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
    </Group>
  );
}

function AssignMenu({
  conversation,
  actions,
}: {
  conversation: ConversationDetail;
  actions: ConversationActions;
}) {
  const me = useMe();
  const [opened, setOpened] = useState(false);
  const team = trpc.team.list.useQuery(undefined, { enabled: opened, staleTime: 60_000 });
  const assignee = conversation.assignee;
  const teammates = (team.data ?? []).filter((member) => member.status === 'active' && member.id !== me.id);

  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          loading={actions.assigning}
          leftSection={
            assignee ? (
              <Avatar size={18} radius="xl" color="initials" name={assignee.name} />
            ) : (
              <IconUser stroke={1.75} aria-hidden size={16} />
            )
          }
          rightSection={<IconChevronDown stroke={1.75} aria-hidden size={14} />}
          aria-label={assignee ? `Assigned to ${assignee.name}. Change assignee` : 'Unassigned. Assign'}
        >
          <Text size="xs" fw={500} maw={120} truncate>
            {assignee ? (assignee.id === me.id ? 'You' : assignee.name) : 'Assign'}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconUser stroke={1.75} aria-hidden size={16} />}
          rightSection={
            assignee?.id === me.id ? (
              <IconCheck stroke={1.75} aria-hidden size={14} />
            ) : (
              <Text size="xs" c="dimmed">
                a
              </Text>
            )
          }
          onClick={() => actions.assign(me.id)}
        >
          Assign to me
        </Menu.Item>
        {assignee ? (
          <Menu.Item
            leftSection={<IconUserOff stroke={1.75} aria-hidden size={16} />}
            onClick={() => actions.assign(null)}
          >
            Unassign
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Label>Teammates</Menu.Label>
        {team.isPending ? (
          <Menu.Item disabled>Loading…</Menu.Item>
        ) : team.isError ? (
          <Menu.Item disabled>Could not load the team</Menu.Item>
        ) : teammates.length === 0 ? (
          <Menu.Item disabled>No one else on the team yet</Menu.Item>
        ) : (
          teammates.map((member) => (
            <Menu.Item
              key={member.id}
              leftSection={<Avatar size={20} radius="xl" color="initials" name={member.name} />}
              rightSection={
                assignee?.id === member.id ? <IconCheck stroke={1.75} aria-hidden size={14} /> : null
              }
              onClick={() => actions.assign(member.id)}
            >
              {member.name}
            </Menu.Item>
          ))
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function ReopenButton({
  actions,
  tooltip,
  label,
}: {
  actions: ConversationActions;
  tooltip: string;
  label: string;
}) {
  return (
    <Tooltip label={tooltip}>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconArrowBackUp stroke={1.75} aria-hidden size={16} />}
        loading={actions.changingStatus}
        onClick={() => actions.setStatus('open')}
      >
        <span className={classes.primaryActionLabel}>{label}</span>
      </Button>
    </Tooltip>
  );
}

function SnoozeMenu({ actions, pending }: { actions: ConversationActions; pending: boolean }) {
  const [customOpened, custom] = useDisclosure(false);
  const presets = snoozePresets();

  return (
    <>
      <Menu position="bottom-end" width={230} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconZzz stroke={1.75} aria-hidden size={16} />}
            rightSection={<IconChevronDown stroke={1.75} aria-hidden size={14} />}
          >
            <span className={classes.actionLabel}>Snooze</span>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Back in the open inbox…</Menu.Label>
          {presets.map((preset) => (
            <Menu.Item key={preset.key} onClick={() => actions.setStatus('snoozed', preset.until)}>
              {preset.label}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={custom.open}>Pick a date and time…</Menu.Item>
          {pending ? null : (
            <>
              <Menu.Divider />
              <Menu.Item
                leftSection={<IconHourglass stroke={1.75} aria-hidden size={16} />}
                onClick={() => actions.setStatus('pending')}
              >
                <Text size="sm">Mark as pending</Text>
                <Text size="xs" c="dimmed">
                  {PENDING_EXPLANATION}
                </Text>
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <CustomSnoozeModal
        opened={customOpened}
        onClose={custom.close}
        onSnooze={(until) => {
          actions.setStatus('snoozed', until);
          custom.close();
        }}
      />
    </>
  );
}

function CustomSnoozeModal({
  opened,
  onClose,
  onSnooze,
}: {
  opened: boolean;
  onClose: () => void;
  onSnooze: (until: Date) => void;
}) {
  const [value, setValue] = useState(() => toLocalInputValue(snoozePresets()[1]?.until ?? new Date()));
  const until = fromLocalInputValue(value);
  const inFuture = until !== null && until.getTime() > Date.now();
  const problem = !until ? 'Pick a date and a time.' : inFuture ? null : 'Pick a time in the future.';

  return (
    <Modal opened={opened} onClose={onClose} title="Snooze until…" size="sm" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (until && inFuture) onSnooze(until);
        }}
      >
        <Stack>
          <TextInput
            type="datetime-local"
            label="Date and time"
            description="The conversation comes back to the open inbox then, or earlier if the guest writes."
            value={value}
            min={toLocalInputValue(new Date())}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={value ? problem : null}
            data-autofocus
          />
          <ModalFormFooter
            onCancel={onClose}
            submitLabel={until && inFuture ? `Snooze until ${formatSnoozeUntil(until)}` : 'Snooze'}
            disabled={!inFuture}
          />
        </Stack>
      </form>
    </Modal>
  );
}
