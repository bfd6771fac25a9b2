import { Autocomplete, Group, Select } from '@mantine/core';
import { IconBuilding, IconSearch } from '@tabler/icons-react';
import { trpc } from '../../../lib/trpc';

// Actions the server writes today; the filter matches prefixes, so "team." finds every team change.
const KNOWN_ACTIONS = [
  'auth.',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'team.',
  'team.invited',
  'team.invitation_accepted',
  'team.role_changed',
  'team.deactivated',
  'platform.',
  'platform.organization_created',
  'platform.organization_suspended',
  'platform.organization_switched',
  'impersonated.',
];

export interface AuditFilterValues {
  organizationId: string | null;
  action: string;
}

interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const organizations = trpc.platform.organizations.list.useQuery(undefined, { staleTime: 60_000 });

  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Organization"
        placeholder="All organizations"
        data={(organizations.data ?? []).map((organization) => ({
          value: organization.id,
          label: organization.name,
        }))}
        value={value.organizationId}
        onChange={(organizationId) => onChange({ ...value, organizationId })}
        clearable
        searchable
        leftSection={<IconBuilding stroke={1.75} aria-hidden size={16} />}
        w={260}
      />
      <Autocomplete
        label="Action"
        placeholder="e.g. team. or auth.login"
        data={KNOWN_ACTIONS}
        value={value.action}
        onChange={(action) => onChange({ ...value, action })}
        leftSection={<IconSearch stroke={1.75} aria-hidden size={16} />}
        w={280}
      />
    </Group>
  );
}
