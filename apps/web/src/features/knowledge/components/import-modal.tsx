import {
  Button,
  FileInput,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { KNOWLEDGE_IMPORT_MAX_BYTES, type KnowledgeLanguage } from '@stayzr/shared';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { LANGUAGE_OPTIONS } from '../lib/languages';

/** Markdown (one article per heading) or CSV (question,answer); the server checks size and shape. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const utils = trpc.useUtils();
  const [format, setFormat] = useState<'markdown' | 'csv'>('csv');
  const [content, setContent] = useState('');
  const [language, setLanguage] = useState<KnowledgeLanguage>('en');
  const [error, setError] = useState<string | null>(null);
  const importArticles = trpc.knowledge.import.useMutation({
    onSuccess: (result) => {
      void utils.knowledge.articles.list.invalidate();
      notifications.show({ color: 'green', message: `${result.created} articles imported.` });
      setContent('');
      onClose();
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const readFile = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (file.size > KNOWLEDGE_IMPORT_MAX_BYTES) {
      setError(
        `The file is ${(file.size / 1_000_000).toFixed(1)} MB; imports are limited to ${KNOWLEDGE_IMPORT_MAX_BYTES / 1_000_000} MB.`,
      );
      return;
    }
    setFormat(file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'markdown');
    setContent(await file.text());
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Import articles" size="lg">
      <Stack>
        <SegmentedControl
          value={format}
          onChange={(value) => setFormat(value as 'markdown' | 'csv')}
          data={[
            { value: 'csv', label: 'CSV (question,answer)' },
            { value: 'markdown', label: 'Markdown (one article per heading)' },
          ]}
        />
        <FileInput
          label="File"
          placeholder="Choose a .csv or .md file"
          accept=".csv,.md,.markdown,.txt"
          onChange={(file) => void readFile(file)}
          clearable
        />
        <Textarea
          label="Or paste the content"
          autosize
          minRows={5}
          maxRows={12}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          placeholder={
            format === 'csv'
              ? 'question,answer\nIs there parking?,Yes, our garage…'
              : '# Parking\nYes, our garage…'
          }
        />
        <Select
          label="Language of these articles"
          data={LANGUAGE_OPTIONS}
          value={language}
          onChange={(v) => v && setLanguage(v as KnowledgeLanguage)}
          allowDeselect={false}
        />
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={importArticles.isPending}
            disabled={!content.trim()}
            onClick={() => {
              setError(null);
              importArticles.mutate({ format, content, language });
            }}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
