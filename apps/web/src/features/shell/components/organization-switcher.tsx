import { Loader, Select } from '@mantine/core';
import type { Me } from '@stayzr/shared';
import { IconSwitchHorizontal } from '@tabler/icons-react';
import { trpc } from '../../../lib/trpc';
import { useOrganizationSwitch } from '../../auth/lib/use-organization-switch';

/** Super admins jump into any hotel from the header. */
export function OrganizationSwitcher({ me }: { me: Me }) {
  const organizations = trpc.platform.organizations.list.useQuery(undefined, { staleTime: 60_000 });
  const { switchTo, switchingTo } = useOrganizationSwitch();
  const current = me.impersonating ? (me.organization?.id ?? null) : null;

  const data = (organizations.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.status === 'suspended' ? `${organization.name} (suspended)` : organization.name,
  }));

  return (
    <Select
      aria-label="Switch organization"
      placeholder={organizations.isError ? 'Organizations unavailable' : 'Switch organization…'}
      data={data}
      value={switchingTo ?? current}
      onChange={(value) => {
        if (value && value !== current) switchTo(value);
      }}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No organization matches"
      leftSection={
        switchingTo ? <Loader size={14} /> : <IconSwitchHorizontal stroke={1.75} aria-hidden size={16} />
      }
      disabled={switchingTo !== null}
      w={240}
      visibleFrom="sm"
      comboboxProps={{ shadow: 'md' }}
    />
  );
}
