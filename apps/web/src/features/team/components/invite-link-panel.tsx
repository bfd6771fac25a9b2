import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { InvitationEmailDelivery } from '@stayzr/shared';
import { IconAlertTriangle, IconCheck, IconCopy, IconInfoCircle, IconLink } from '@tabler/icons-react';

interface InviteLinkPanelProps {
  url: string;
  email: string;
  emailDelivery: InvitationEmailDelivery;
}

/** The link an invitee opens to join; always shown, to copy whether or not the email went out. */
export function InviteLinkPanel({ url, email, emailDelivery }: InviteLinkPanelProps) {
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Invitation link"
          value={url}
          readOnly
          leftSection={<IconLink stroke={1.75} aria-hidden size={16} />}
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              color={copied ? 'teal' : undefined}
              variant={copied ? 'light' : 'filled'}
              leftSection={
                copied ? (
                  <IconCheck stroke={1.75} aria-hidden size={16} />
                ) : (
                  <IconCopy stroke={1.75} aria-hidden size={16} />
                )
              }
              miw={112}
            >
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
      {emailDelivery === 'sent' ? (
        <Text size="sm" c="dimmed">
          We also emailed the link to {email}.
        </Text>
      ) : emailDelivery === 'failed' ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle stroke={1.75} aria-hidden size={18} />}
          title="The email could not be sent"
        >
          The mail server did not accept the invitation. Copy the link and send it to {email} yourself, or
          resend it later from Pending invitations. It works once and expires in 7 days.
        </Alert>
      ) : (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle stroke={1.75} aria-hidden size={18} />}
          title="No email was sent"
        >
          Email delivery isn’t configured yet. Copy the link and send it to {email} yourself. It works once
          and expires in 7 days.
        </Alert>
      )}
    </Stack>
  );
}
