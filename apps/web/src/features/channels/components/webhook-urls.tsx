import { Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { CHANNEL_PROVIDERS, type ChannelAccountDto } from '@stayzr/shared';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** The exact URLs to paste into the provider's console, each with a copy button (labels from the catalog). */
export function WebhookUrls({ channel }: { channel: Pick<ChannelAccountDto, 'provider' | 'webhookUrls'> }) {
  const labels = CHANNEL_PROVIDERS[channel.provider].webhooks;
  const urls = channel.webhookUrls;
  return (
    <Stack gap="sm">
      {Object.entries(urls).map(([key, url]) => {
        const label = labels[key]?.label ?? key;
        return (
          <Group key={key} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={label}
              description={labels[key]?.description}
              value={url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            />
            <CopyButton value={url} timeout={2000}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={
                    copied ? (
                      <IconCheck stroke={1.75} aria-hidden size={16} />
                    ) : (
                      <IconCopy stroke={1.75} aria-hidden size={16} />
                    )
                  }
                  aria-label={copied ? `${label} URL copied` : `Copy ${label} URL`}
                  miw={96}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        );
      })}
    </Stack>
  );
}
