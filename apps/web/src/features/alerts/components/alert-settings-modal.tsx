import { Alert, Modal, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AlertScope, type AlertSettings, DEFAULT_ALERT_SETTINGS } from '@stayzr/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ModalFormFooter } from '../../../ui/modal-form-footer';
import { formatMinuteOfDay, parseMinuteOfDay } from '../lib/alert-decision';
import { desktopPermission, requestDesktopPermission } from '../lib/desktop-notification';

const SCOPES: { value: AlertScope; label: string }[] = [
  { value: 'all', label: 'All conversations' },
  { value: 'mine', label: 'Mine + unassigned' },
  { value: 'none', label: 'None' },
];

const PERMISSION_HINTS: Record<string, string> = {
  denied:
    'This browser blocks notifications from Stayzr. Allow them in the site settings (the lock icon in the address bar).',
  unsupported: 'This browser cannot show desktop notifications.',
};

/** The user's own alert settings: which conversations, sound, desktop notifications, quiet hours. */
export function AlertSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const query = trpc.alerts.settings.useQuery(undefined, { enabled: opened });
  const utils = trpc.useUtils();
  const [values, setValues] = useState<AlertSettings>(DEFAULT_ALERT_SETTINGS);
  const [quiet, setQuiet] = useState({ start: '', end: '' });
  const [quietError, setQuietError] = useState<string | null>(null);
  const [permission, setPermission] = useState(desktopPermission());

  useEffect(() => {
    if (!opened || !query.data) return;
    setValues(query.data);
    setQuiet({
      start: query.data.quietStartMin === null ? '' : formatMinuteOfDay(query.data.quietStartMin),
      end: query.data.quietEndMin === null ? '' : formatMinuteOfDay(query.data.quietEndMin),
    });
    setPermission(desktopPermission());
  }, [opened, query.data]);

  const save = trpc.alerts.updateSettings.useMutation({
    onSuccess: (saved) => {
      utils.alerts.settings.setData(undefined, saved);
      notifications.show({ color: 'teal', title: 'Notifications saved', message: 'They apply at once.' });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = quiet.start ? parseMinuteOfDay(quiet.start) : null;
    const end = quiet.end ? parseMinuteOfDay(quiet.end) : null;
    if ((start === null) !== (end === null) || (start !== null && start === end)) {
      setQuietError('Give a start and a different end time, or leave both empty.');
      return;
    }
    setQuietError(null);
    save.mutate({ ...values, quietStartMin: start, quietEndMin: end });
  };

  // Asked from this click, never on load: browsers ignore or penalise prompts without a user gesture.
  const toggleDesktop = async (checked: boolean) => {
    setValues((current) => ({ ...current, desktop: checked }));
    if (checked) setPermission(await requestDesktopPermission());
  };

  const hint = values.desktop ? PERMISSION_HINTS[permission] : undefined;

  return (
    <Modal opened={opened} onClose={onClose} title="Notifications" centered>
      <form onSubmit={submit}>
        <Stack gap="md">
          <Stack gap={6}>
            <Text size="sm" fw={500} id="alert-scope-label">
              Alert me about new guest messages in
            </Text>
            <SegmentedControl
              aria-labelledby="alert-scope-label"
              fullWidth
              data={SCOPES}
              value={values.scope}
              onChange={(scope) => setValues((current) => ({ ...current, scope: scope as AlertScope }))}
            />
            <Text size="xs" c="dimmed">
              Conversations assigned to you by a colleague alert you unless this is None. The conversation you
              have open does not.
            </Text>
          </Stack>
          <Switch
            label="Play a sound"
            checked={values.sound}
            onChange={(event) => setValues((current) => ({ ...current, sound: event.currentTarget.checked }))}
          />
          <Switch
            label="Show desktop notifications"
            description="Your browser asks for permission the first time."
            checked={values.desktop}
            onChange={(event) => void toggleDesktop(event.currentTarget.checked)}
          />
          {hint ? (
            <Alert color="yellow" variant="light">
              {hint}
            </Alert>
          ) : null}
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Quiet hours
            </Text>
            <Text size="xs" c="dimmed">
              No sound or desktop notification between these times, on this computer's clock. May cross
              midnight (22:00 to 07:00).
            </Text>
            <Stack gap="xs">
              <TextInput
                type="time"
                label="From"
                value={quiet.start}
                onChange={(event) =>
                  setQuiet((current) => ({ ...current, start: event.currentTarget.value }))
                }
              />
              <TextInput
                type="time"
                label="To"
                value={quiet.end}
                error={quietError}
                onChange={(event) => setQuiet((current) => ({ ...current, end: event.currentTarget.value }))}
              />
            </Stack>
          </Stack>
          {save.error ? (
            <Alert color="red" variant="light">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <ModalFormFooter
            onCancel={onClose}
            submitLabel="Save"
            loading={save.isPending}
            disabled={query.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
