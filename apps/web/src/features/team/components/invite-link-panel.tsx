import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconInfoCircle, IconLink } from '@tabler/icons-react';

interface InviteLinkPanelProps {
  url: string;
  email: string;
  emailSent: boolean;
}

/** The link an invitee opens to join; always shown, because it is the only delivery until email is set up. */
export function InviteLinkPanel({ url, email, emailSent }: InviteLinkPanelProps) {
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
      {emailSent ? (
        <Text size="sm" c="dimmed">
          We also emailed the link to {email}.
        </Text>
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
