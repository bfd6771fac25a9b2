import { Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { WEBHOOK_LABELS } from '../lib/channel-types';

/** The exact URLs to paste into the provider's console, each with a copy button. */
export function WebhookUrls({ urls }: { urls: Record<string, string> }) {
  return (
    <Stack gap="sm">
      {Object.entries(urls).map(([key, url]) => {
        const label = WEBHOOK_LABELS[key]?.label ?? key;
        return (
          <Group key={key} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={label}
              description={WEBHOOK_LABELS[key]?.description}
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
