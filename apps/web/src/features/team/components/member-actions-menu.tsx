import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { type RouterOutputs, trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';

type Member = RouterOutputs['team']['list'][number];

interface MemberActionsMenuProps {
  member: Member;
  isSelf: boolean;
}

/** Role, data scope and access for one teammate; the server has the last word (e.g. on the last admin). */
export function MemberActionsMenu({ member, isSelf }: MemberActionsMenuProps) {
  const utils = trpc.useUtils();
  const [confirming, setConfirming] = useState(false);
  const done = (message: string) => () => {
    notifications.show({ color: 'teal', message });
    void utils.team.list.invalidate();
    void utils.subscription.usage.invalidate();
  };
  const failed = (title: string) => (error: unknown) =>
    notifications.show({ color: 'red', title, message: errorMessage(error) });

  const changeRole = trpc.team.changeRole.useMutation({ onError: failed('Could not change the role') });
  const setDataScope = trpc.team.setDataScope.useMutation({
    onSuccess: done(`${member.name}’s conversation access was updated.`),
    onError: failed('Could not change conversation access'),
  });
  const deactivate = trpc.team.deactivate.useMutation({
    onSuccess: done(`${member.name} was deactivated and signed out.`),
    onError: failed(`Could not deactivate ${member.name}`),
    onSettled: () => setConfirming(false),
  });
  const reactivate = trpc.team.reactivate.useMutation({
    onSuccess: done(`${member.name} can sign in again.`),
    onError: failed(`Could not reactivate ${member.name}`),
    onSettled: () => setConfirming(false),
  });

  const active = member.status === 'active';
  const nextRole = member.role === 'ORG_ADMIN' ? 'STAFF' : 'ORG_ADMIN';
  const nextScope = member.dataScope === 'all' ? 'own' : 'all';
  const busy = changeRole.isPending || setDataScope.isPending || deactivate.isPending || reactivate.isPending;

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={250} withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${member.name}`} loading={busy}>
            <IconDots stroke={1.75} aria-hidden size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Role</Menu.Label>
          <Menu.Item
            disabled={isSelf}
            onClick={() =>
              changeRole.mutate(
                { userId: member.id, role: nextRole },
                {
                  onSuccess: done(
                    `${member.name} is now ${nextRole === 'ORG_ADMIN' ? 'an org admin' : 'a staff member'}.`,
                  ),
                },
              )
            }
          >
            {nextRole === 'ORG_ADMIN' ? 'Make org admin' : 'Make staff'}
          </Menu.Item>
          <Menu.Label>Conversations</Menu.Label>
          <Menu.Item onClick={() => setDataScope.mutate({ userId: member.id, dataScope: nextScope })}>
            {nextScope === 'all' ? 'Let them see all conversations' : 'Limit to their own conversations'}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color={active ? 'red' : undefined} disabled={isSelf} onClick={() => setConfirming(true)}>
            {active ? 'Deactivate…' : 'Reactivate…'}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming}
        title={active ? `Deactivate ${member.name}?` : `Reactivate ${member.name}?`}
        confirmLabel={active ? 'Deactivate' : 'Reactivate'}
        danger={active}
        loading={deactivate.isPending || reactivate.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => (active ? deactivate : reactivate).mutate({ userId: member.id })}
      >
        {active
          ? `${member.name} (${member.email}) is signed out at once and can no longer sign in. Their conversations and notes stay. You can reactivate them later.`
          : `${member.name} (${member.email}) will be able to sign in again with their existing password.`}
      </ConfirmModal>
    </>
  );
}
