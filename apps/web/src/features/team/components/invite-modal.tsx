import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type OrgRole, ZInviteInput } from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrorsOf } from '../../../lib/api-errors';
import { validateWith } from '../../../lib/form-validation';
import { type RouterOutputs, trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { ApiErrorAlert } from '../../plan/components/plan-error-alert';
import { SeatLimitHint } from '../../plan/components/seat-limit';
import type { UpgradeHintModel } from '../../plan/lib/plan-hints';
import { InviteLinkPanel } from './invite-link-panel';

type Invitation = RouterOutputs['team']['invite'] & { email: string };

const ROLE_CHOICES: { value: OrgRole; label: string; description: string }[] = [
  { value: 'STAFF', label: 'Staff', description: 'Answers guests in the inbox.' },
  {
    value: 'ORG_ADMIN',
    label: 'Org admin',
    description: 'Also manages the team, channels, automations and the plan.',
  },
];

interface InviteModalProps {
  organizationName: string;
  opened: boolean;
  onClose: () => void;
  /** Set when the team is at its user limit: the dialog explains it instead of offering a form that fails. */
  seatLimit?: UpgradeHintModel | null;
}

export function InviteModal({ organizationName, opened, onClose, seatLimit = null }: InviteModalProps) {
  const utils = trpc.useUtils();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const form = useForm<{ email: string; role: OrgRole }>({
    initialValues: { email: '', role: 'STAFF' },
    validate: validateWith(ZInviteInput),
  });

  const invite = trpc.team.invite.useMutation({
    onSuccess: (created, { email }) => {
      setInvitation({ ...created, email });
      void utils.team.invitations.invalidate();
      void utils.subscription.usage.invalidate();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });

  const startOver = () => {
    setInvitation(null);
    invite.reset();
    form.reset();
  };
  const close = () => {
    onClose();
    startOver();
  };

  const generalError =
    invite.error && Object.keys(fieldErrorsOf(invite.error)).length === 0 ? invite.error : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={`Invite a teammate to ${organizationName}`}
      size="lg"
      centered
    >
      {invitation ? (
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap">
            <IconCheck stroke={1.75} aria-hidden size={18} color="var(--mantine-color-teal-6)" />
            <Text size="sm">
              Invitation created for <strong>{invitation.email}</strong>.
            </Text>
          </Group>
          <InviteLinkPanel
            url={invitation.inviteUrl}
            email={invitation.email}
            emailDelivery={invitation.emailDelivery}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={startOver}>
              Invite another
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : seatLimit ? (
        <Stack gap="md">
          <SeatLimitHint hint={seatLimit} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => invite.mutate(values))} noValidate>
          <Stack gap="md">
            {generalError ? (
              <ApiErrorAlert title="Could not create the invitation" error={generalError} />
            ) : null}
            <TextInput
              label="Email"
              type="email"
              placeholder="name@hotel.com"
              data-autofocus
              {...form.getInputProps('email')}
            />
            <Radio.Group label="Role" {...form.getInputProps('role')}>
              <Stack gap="xs" mt={6}>
                {ROLE_CHOICES.map((choice) => (
                  <Radio
                    key={choice.value}
                    value={choice.value}
                    label={choice.label}
                    description={choice.description}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <ModalFormFooter
              onCancel={close}
              submitLabel="Create invitation"
              loading={invite.isPending}
              mt="xs"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
