import { Button, Card, Stack } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMe } from '../../../lib/session';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { CreateOrganizationModal } from '../components/create-organization-modal';
import { OrganizationsTable } from '../components/organizations-table';

export function PlatformOrganizationsPage() {
  useDocumentTitle('Organizations · Stayzr');
  const me = useMe();
  const organizations = trpc.platform.organizations.list.useQuery();
  const [createOpened, createModal] = useDisclosure(false);

  return (
    <Stack gap="xl" maw={1280}>
      <PageHeader
        title="Organizations"
        description="Every hotel on Stayzr. Switch into one to see it as its team does; everything you do there is audited."
        actions={
          <Button leftSection={<IconPlus stroke={1.75} aria-hidden size={18} />} onClick={createModal.open}>
            New organization
          </Button>
        }
      />
      <Card withBorder padding={0} pt="xs">
        {organizations.isPending ? (
          <TableSkeleton rows={4} />
        ) : organizations.isError ? (
          <Stack p="lg">
            <QueryError
              title="Could not load the organizations"
              error={organizations.error}
              retrying={organizations.isFetching}
              onRetry={() => void organizations.refetch()}
            />
          </Stack>
        ) : (
          <OrganizationsTable
            organizations={organizations.data}
            currentId={me.impersonating ? (me.organization?.id ?? null) : null}
          />
        )}
      </Card>
      <CreateOrganizationModal opened={createOpened} onClose={createModal.close} />
    </Stack>
  );
}
