import { Badge } from '@mantine/core';
import type { UserRoleValue } from '@stayzr/shared';
import { ROLE_LABELS } from '../lib/labels';

export function RoleBadge({ role }: { role: UserRoleValue }) {
  return (
    <Badge variant="light" color={role === 'STAFF' ? 'gray' : 'violet'} radius="sm">
      {ROLE_LABELS[role]}
    </Badge>
  );
}

/** Active or not, for people and organizations alike. */
export function ActiveBadge({ active, inactiveLabel }: { active: boolean; inactiveLabel: string }) {
  return (
    <Badge variant="dot" color={active ? 'teal' : 'red'} radius="sm">
      {active ? 'Active' : inactiveLabel}
    </Badge>
  );
}
