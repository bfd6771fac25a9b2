import { Button, Group, Modal, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { type RouterOutputs, trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { RoleBadge } from '../../../ui/status-badges';
import { InviteLinkPanel } from './invite-link-panel';

type Invitation = RouterOutputs['team']['invitations'][number];
type ResentLink = RouterOutputs['team']['resendInvitation'] & { email: string };

export function InvitationsTable({ invitations }: { invitations: readonly Invitation[] }) {
  const utils = trpc.useUtils();
  const [resent, setResent] = useState<ResentLink | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  const resend = trpc.team.resendInvitation.useMutation({
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not resend the invitation',
        message: errorMessage(error),
      }),
    onSettled: () => void utils.team.invitations.invalidate(),
  });
  const revoke = trpc.team.revokeInvitation.useMutation({
    onSuccess: () =>
      notifications.show({ color: 'teal', message: 'The invitation was revoked. Its link no longer works.' }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not revoke the invitation',
        message: errorMessage(error),
      }),
    onSettled: () => {
      setRevoking(null);
      void utils.team.invitations.invalidate();
      // A pending invitation holds a seat: revoking one frees it.
      void utils.subscription.usage.invalidate();
    },
  });

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }} aria-label="Pending invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Invited by</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th ta="right">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {invitation.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={invitation.role} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {invitation.invitedByName ?? 'Stayzr support'} ·{' '}
                    {formatRelativeTime(invitation.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={formatDateTime(invitation.expiresAt)}>
                    <Text size="sm" w="fit-content">
                      {formatRelativeTime(invitation.expiresAt)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`Resend invitation to ${invitation.email}`}
                      loading={resend.isPending && resend.variables.invitationId === invitation.id}
                      onClick={() =>
                        resend.mutate(
                          { invitationId: invitation.id },
                          { onSuccess: (link) => setResent({ ...link, email: invitation.email }) },
                        )
                      }
                    >
                      New link
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Revoke invitation to ${invitation.email}`}
                      onClick={() => setRevoking(invitation)}
                    >
                      Revoke
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Modal
        opened={resent !== null}
        onClose={() => setResent(null)}
        title="New invitation link"
        size="lg"
        centered
      >
        {resent ? (
          <>
            <Text size="sm" mb="md">
              The earlier link for {resent.email} no longer works; this one is valid for 7 days.
            </Text>
            <InviteLinkPanel
              url={resent.inviteUrl}
              email={resent.email}
              emailDelivery={resent.emailDelivery}
            />
            <Group justify="flex-end" mt="md">
              <Button onClick={() => setResent(null)}>Done</Button>
            </Group>
          </>
        ) : null}
      </Modal>

      <ConfirmModal
        opened={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ invitationId: revoking.id })}
      >
        The link sent to {revoking?.email} stops working at once. You can invite them again later.
      </ConfirmModal>
    </>
  );
}
