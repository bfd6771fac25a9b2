import { Badge, Group, Text } from '@mantine/core';
import type { Me } from '@stayzr/shared';
import { IconBuilding } from '@tabler/icons-react';
import { PLAN_LABELS } from '../../../lib/labels';

/** Whose data this is: the hotel's name, or the platform for a super admin outside any hotel. */
export function OrganizationLabel({ me }: { me: Me }) {
  const organization = me.organization;
  return (
    <Group gap={8} wrap="nowrap" miw={0}>
      <IconBuilding stroke={1.75} aria-hidden size={18} color="var(--mantine-color-dimmed)" />
      <Text fw={600} truncate>
        {organization ? organization.name : 'Stayzr platform'}
      </Text>
      {organization ? (
        <Badge variant="light" color="gray" size="sm" visibleFrom="md">
          {PLAN_LABELS[organization.plan]}
        </Badge>
      ) : null}
    </Group>
  );
}
