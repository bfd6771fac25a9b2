import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { BillingInvoiceDto } from '@stayzr/shared';
import { IconExternalLink } from '@tabler/icons-react';
import { trpc } from '../../../lib/trpc';
import { TableSkeleton } from '../../../ui/table-skeleton';
import { ApiErrorAlert } from './plan-error-alert';

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export function formatMoney(minorUnits: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
    minorUnits / 100,
  );
}

const STATUS_COLORS: Record<string, string> = {
  paid: 'teal',
  open: 'blue',
  uncollectible: 'red',
  void: 'gray',
};

/** Billing history from Stripe; shown only when the organization is billed through it. */
export function InvoicesCard() {
  const invoices = trpc.subscription.invoices.useQuery();

  return (
    <Card withBorder padding={0} component="section" aria-labelledby="invoices-title">
      <Stack gap={2} px="lg" py="md">
        <Title order={2} size="h4" id="invoices-title">
          Billing history
        </Title>
        <Text size="sm" c="dimmed">
          Invoices from Stripe, newest first.
        </Text>
      </Stack>
      {invoices.isPending ? (
        <TableSkeleton rows={2} />
      ) : invoices.isError ? (
        <Stack p="lg">
          <ApiErrorAlert
            title="Could not load the invoices"
            error={invoices.error}
            retrying={invoices.isFetching}
            onRetry={() => void invoices.refetch()}
          />
        </Stack>
      ) : invoices.data.length === 0 ? (
        <Text size="sm" c="dimmed" px="lg" pb="lg">
          No invoices yet. The first one arrives after the first paid month.
        </Text>
      ) : (
        <InvoicesTable invoices={invoices.data} />
      )}
    </Card>
  );
}

function InvoicesTable({ invoices }: { invoices: readonly BillingInvoiceDto[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" aria-label="Invoices" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Invoice</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td>{dayFormat.format(invoice.createdAt)}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {invoice.number ?? invoice.id}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(invoice.amountDue, invoice.currency)}</Table.Td>
              <Table.Td>
                {invoice.status ? (
                  <Badge variant="light" radius="sm" color={STATUS_COLORS[invoice.status] ?? 'gray'}>
                    {invoice.status}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">
                {invoice.hostedInvoiceUrl ? (
                  <Anchor href={invoice.hostedInvoiceUrl} target="_blank" rel="noreferrer" size="sm">
                    View{' '}
                    <IconExternalLink stroke={1.75} aria-hidden size={14} style={{ verticalAlign: -2 }} />
                  </Anchor>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
