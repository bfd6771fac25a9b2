import { Button, Card, Group, SegmentedControl, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AiModeValue, AiProviderName, AiSettingsDto } from '@stayzr/shared';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';

/** Mode (off / suggest / auto), provider and the topics that always go to a person. */
export function AiSettingsCard({ settings, canEdit }: { settings: AiSettingsDto; canEdit: boolean }) {
  const utils = trpc.useUtils();
  const [mode, setMode] = useState<AiModeValue>(settings.mode);
  const [provider, setProvider] = useState<AiProviderName>(settings.provider);
  const [topics, setTopics] = useState<string[]>(settings.handoverTopics);
  const [baseUrl, setBaseUrl] = useState(settings.openai?.baseUrl ?? '');
  const [model, setModel] = useState(settings.openai?.model ?? '');
  const [apiKey, setApiKey] = useState('');
  useEffect(() => {
    setMode(settings.mode);
    setProvider(settings.provider);
    setTopics(settings.handoverTopics);
  }, [settings]);
  const save = trpc.knowledge.ai.updateSettings.useMutation({
    onSuccess: (data) => {
      utils.knowledge.ai.settings.setData(undefined, data);
      setApiKey('');
      notifications.show({ color: 'green', message: 'AI settings saved.' });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>AI replies</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Mode
          </Text>
          <SegmentedControl
            disabled={!canEdit}
            value={mode}
            onChange={(value) => setMode(value as AiModeValue)}
            data={[
              { value: 'off', label: 'Off' },
              { value: 'suggest', label: 'Suggest (staff send)' },
              { value: 'auto', label: 'Auto (AI sends)' },
            ]}
            aria-label="AI mode"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Provider
          </Text>
          <SegmentedControl
            disabled={!canEdit}
            value={provider}
            onChange={(value) => setProvider(value as AiProviderName)}
            data={[
              { value: 'extractive', label: 'Built in (no network)' },
              { value: 'openai_compatible', label: 'OpenAI-compatible server' },
            ]}
            aria-label="AI provider"
          />
        </Stack>
        {provider === 'openai_compatible' ? (
          <Group grow>
            <TextInput
              label="Base URL"
              placeholder="https://api.openai.com/v1"
              value={baseUrl}
              onChange={(e) => setBaseUrl(e.currentTarget.value)}
              readOnly={!canEdit}
            />
            <TextInput
              label="Model"
              placeholder="gpt-4o-mini"
              value={model}
              onChange={(e) => setModel(e.currentTarget.value)}
              readOnly={!canEdit}
            />
            <TextInput
              label="API key"
              type="password"
              placeholder={
                settings.openai?.hasApiKey ? 'stored (leave empty to keep)' : "empty: the platform's key"
              }
              value={apiKey}
              onChange={(e) => setApiKey(e.currentTarget.value)}
              readOnly={!canEdit}
            />
          </Group>
        ) : null}
        <TagsInput
          label="Hand-over topics"
          description="Messages about these always go to a person (requests for a person, complaints and urgent words always do)."
          value={topics}
          onChange={setTopics}
          readOnly={!canEdit}
          placeholder="refund, group booking…"
        />
        {canEdit ? (
          <Group justify="flex-end">
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  mode,
                  provider,
                  handoverTopics: topics,
                  openai:
                    baseUrl.trim() && model.trim()
                      ? { baseUrl: baseUrl.trim(), model: model.trim(), ...(apiKey ? { apiKey } : {}) }
                      : null,
                })
              }
            >
              Save AI settings
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
