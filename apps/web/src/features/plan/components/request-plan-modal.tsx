import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { PLANS, type PlanName } from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { formatPlanPrice } from '../lib/plan-comparison';
import { useRetained } from '../lib/use-retained';
import { ApiErrorAlert } from './plan-error-alert';

/** Plans the Stayzr team sets up (enterprise): the org admin sends a request instead of switching. */
export function RequestPlanModal({
  target: requested,
  onClose,
  reactivate = false,
}: {
  target: PlanName | null;
  onClose: () => void;
  /** Read-only with manual billing: the request is to lift the pause, on the current plan. */
  reactivate?: boolean;
}) {
  const target = useRetained(requested);
  const utils = trpc.useUtils();
  const [message, setMessage] = useState('');
  const request = trpc.subscription.requestChange.useMutation({
    onSuccess: () => void utils.notifications.invalidate(),
  });
  const close = () => {
    onClose();
    request.reset();
    setMessage('');
  };
  const plan = target ? PLANS[target] : null;

  return (
    <Modal
      opened={requested !== null}
      onClose={close}
      title={plan ? (reactivate ? 'Ask Stayzr to reactivate' : `Ask for ${plan.label}`) : ''}
      size="lg"
      centered
    >
      {target && plan ? (
        request.isSuccess ? (
          <Stack gap="md">
            <Group gap="xs" wrap="nowrap">
              <IconCheck stroke={1.75} aria-hidden size={18} color="var(--mantine-color-teal-6)" />
              <Text size="sm">
                Request sent. The Stayzr team will contact you to set up the {plan.label} plan.
              </Text>
            </Group>
            <Group justify="flex-end">
              <Button onClick={close}>Done</Button>
            </Group>
          </Stack>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              request.mutate({ plan: target, ...(message.trim() ? { message: message.trim() } : {}) });
            }}
          >
            <Stack gap="md">
              <Text size="sm">
                {reactivate
                  ? `Billing is arranged with the Stayzr team. Ask them to reactivate your ${plan.label} plan; sending and settings resume as soon as they do.`
                  : `${plan.label} is set up with the Stayzr team: limits and the contract are agreed with you. ${formatPlanPrice(target)}.`}
              </Text>
              {request.error ? (
                <ApiErrorAlert title="The request was not sent" error={request.error} />
              ) : null}
              <Textarea
                label="Message (optional)"
                description="How many properties and users, and anything else we should know."
                autosize
                minRows={3}
                maxLength={1000}
                value={message}
                onChange={(event) => setMessage(event.currentTarget.value)}
                data-autofocus
              />
              <ModalFormFooter onCancel={close} submitLabel="Send request" loading={request.isPending} />
            </Stack>
          </form>
        )
      ) : null}
    </Modal>
  );
}
