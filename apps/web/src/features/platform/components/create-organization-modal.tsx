import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { PLAN_NAMES, ZCreateOrganizationInput } from '@stayzr/shared';
import { IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { fieldErrorsOf } from '../../../lib/api-errors';
import { validateWith } from '../../../lib/form-validation';
import { PLAN_LABELS } from '../../../lib/labels';
import { type RouterOutputs, trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { QueryError } from '../../../ui/query-error';
import { InviteLinkPanel } from '../../team/components/invite-link-panel';
import { browserCountry, browserTimeZone, countryOptions, timeZoneOptions } from '../lib/locale-options';
import { slugify } from '../lib/slug';

type Created = RouterOutputs['platform']['organizations']['create'] & { name: string; adminEmail: string };
type Plan = (typeof PLAN_NAMES)[number];

interface FormValues {
  name: string;
  slug: string;
  timezone: string;
  country: string;
  plan: Plan;
  adminEmail: string;
}

interface CreateOrganizationModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateOrganizationModal({ opened, onClose }: CreateOrganizationModalProps) {
  const utils = trpc.useUtils();
  const [created, setCreated] = useState<Created | null>(null);
  // The address follows the name until someone edits it by hand.
  const [slugEdited, setSlugEdited] = useState(false);
  const timeZones = useMemo(timeZoneOptions, []);
  const countries = useMemo(() => countryOptions(), []);

  const form = useForm<FormValues>({
    initialValues: {
      name: '',
      slug: '',
      timezone: browserTimeZone(),
      country: browserCountry(),
      plan: 'starter',
      adminEmail: '',
    },
    validate: validateWith(ZCreateOrganizationInput),
  });

  const create = trpc.platform.organizations.create.useMutation({
    onSuccess: (result, input) => {
      setCreated({ ...result, name: input.name, adminEmail: input.adminEmail });
      void utils.platform.organizations.list.invalidate();
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });

  const close = () => {
    onClose();
    setCreated(null);
    setSlugEdited(false);
    create.reset();
    form.reset();
  };

  const generalError =
    create.error && Object.keys(fieldErrorsOf(create.error)).length === 0 ? create.error : null;
  const nameProps = form.getInputProps('name');
  const slugProps = form.getInputProps('slug');

  return (
    <Modal opened={opened} onClose={close} title="New organization" size="lg" centered>
      {created ? (
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap">
            <IconCheck stroke={1.75} aria-hidden size={18} color="var(--mantine-color-teal-6)" />
            <Text size="sm">
              <strong>{created.name}</strong> is ready, on a 14-day trial.
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            Send this link to {created.adminEmail}: they choose their name and password and become the first
            org admin.
          </Text>
          <InviteLinkPanel
            url={created.inviteUrl}
            email={created.adminEmail}
            emailDelivery={created.emailDelivery}
          />
          <Group justify="flex-end" mt="xs">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
          <Stack gap="md">
            {generalError ? (
              <QueryError title="Could not create the organization" error={generalError} />
            ) : null}
            <TextInput
              label="Name"
              placeholder="Hotel Aurora"
              data-autofocus
              {...nameProps}
              onChange={(event) => {
                nameProps.onChange(event);
                if (!slugEdited) form.setFieldValue('slug', slugify(event.currentTarget.value));
              }}
            />
            <TextInput
              label="Address"
              description="Lowercase letters, digits and dashes; identifies the organization in links and support."
              {...slugProps}
              onChange={(event) => {
                setSlugEdited(true);
                slugProps.onChange(event);
              }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Time zone"
                data={timeZones}
                searchable
                allowDeselect={false}
                limit={100}
                {...form.getInputProps('timezone')}
              />
              <Select
                label="Country"
                data={countries}
                searchable
                allowDeselect={false}
                {...form.getInputProps('country')}
              />
            </SimpleGrid>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="plan-label">
                Plan
              </Text>
              <SegmentedControl
                aria-labelledby="plan-label"
                data={PLAN_NAMES.map((plan) => ({ value: plan, label: PLAN_LABELS[plan] }))}
                {...form.getInputProps('plan')}
              />
            </Stack>
            <TextInput
              label="First admin’s email"
              description="They get an invitation link to set up their account."
              type="email"
              placeholder="manager@hotel.com"
              {...form.getInputProps('adminEmail')}
            />
            <ModalFormFooter
              onCancel={close}
              submitLabel="Create organization"
              loading={create.isPending}
              mt="xs"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
