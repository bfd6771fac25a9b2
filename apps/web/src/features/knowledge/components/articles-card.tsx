import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KnowledgeArticleDto, KnowledgeLanguage } from '@stayzr/shared';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ListCardBody } from '../../../ui/list-card-body';
import { EditDeleteActions } from '../../../ui/row-actions';
import { LANGUAGE_OPTIONS, languageLabel, parseTags } from '../lib/languages';
import { ImportModal } from './import-modal';

/** The articles the AI answers from; bodies are plain text (HTML shows as typed, never rendered). */
export function ArticlesCard({ canEdit }: { canEdit: boolean }) {
  const articles = trpc.knowledge.articles.list.useQuery();
  const [editing, setEditing] = useState<KnowledgeArticleDto | 'new' | null>(null);
  const [deleting, setDeleting] = useState<KnowledgeArticleDto | null>(null);
  const [importing, setImporting] = useState(false);
  const utils = trpc.useUtils();
  const remove = trpc.knowledge.articles.delete.useMutation({
    onSuccess: () => utils.knowledge.articles.list.invalidate(),
  });

  return (
    <Card withBorder padding={0}>
      <Group justify="space-between" p="md">
        <Text fw={600}>Articles</Text>
        {canEdit ? (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setImporting(true)}>
              Import Markdown or CSV
            </Button>
            <Button
              size="xs"
              leftSection={<IconPlus stroke={1.75} aria-hidden size={16} />}
              onClick={() => setEditing('new')}
            >
              New article
            </Button>
          </Group>
        ) : null}
      </Group>
      <ListCardBody
        query={articles}
        rows={articles.data}
        errorTitle="Could not load the articles"
        empty={
          <EmptyState
            py="xl"
            title="No articles yet"
            description="Write down what guests ask all day (parking, breakfast, late check-out), or import a FAQ."
          />
        }
      >
        {(rows) => (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="lg" aria-label="Knowledge articles">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={240}>Title</Table.Th>
                  <Table.Th w={110}>Language</Table.Th>
                  <Table.Th>Text</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((article) => (
                  <Table.Tr key={article.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {article.title}
                      </Text>
                      <Group gap={4} mt={4}>
                        {article.tags.map((tag) => (
                          <Badge key={tag} size="xs" variant="light" color="gray">
                            {tag}
                          </Badge>
                        ))}
                        {!article.published ? (
                          <Badge size="xs" color="yellow">
                            draft
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{languageLabel(article.language)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {article.body}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {canEdit ? (
                        <EditDeleteActions
                          name={article.title}
                          onEdit={() => setEditing(article)}
                          onDelete={() => setDeleting(article)}
                        />
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListCardBody>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New article' : 'Edit article'}
        size="lg"
      >
        {editing !== null ? (
          <ArticleForm article={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete article"
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(
            { articleId: deleting.id },
            {
              onSuccess: () => setDeleting(null),
              onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
            },
          );
        }}
      >
        <Text size="sm">The AI will no longer answer from “{deleting?.title}”.</Text>
      </ConfirmModal>
    </Card>
  );
}

function ArticleForm({ article, onDone }: { article: KnowledgeArticleDto | null; onDone: () => void }) {
  const utils = trpc.useUtils();
  const [title, setTitle] = useState(article?.title ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  const [language, setLanguage] = useState<KnowledgeLanguage>(
    (article?.language as KnowledgeLanguage) ?? 'en',
  );
  const [published, setPublished] = useState(article?.published ?? true);
  const [error, setError] = useState<string | null>(null);
  const onSuccess = () => {
    void utils.knowledge.articles.list.invalidate();
    onDone();
  };
  const onError = (e: unknown) => setError(errorMessage(e));
  const create = trpc.knowledge.articles.create.useMutation({ onSuccess, onError });
  const update = trpc.knowledge.articles.update.useMutation({ onSuccess, onError });
  const submit = () => {
    if (!title.trim() || !body.trim()) {
      setError('Give the article a title and a text.');
      return;
    }
    const input = { title, body, tags: parseTags(tags), language, published };
    if (article) update.mutate({ articleId: article.id, ...input });
    else create.mutate(input);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack>
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <Textarea
          label="Text"
          description="Put the answer first: the AI replies with the opening sentences."
          autosize
          minRows={4}
          maxRows={14}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          required
        />
        <Group grow>
          <TextInput
            label="Tags"
            description="Comma-separated words guests use"
            value={tags}
            onChange={(e) => setTags(e.currentTarget.value)}
          />
          <Select
            label="Language"
            data={LANGUAGE_OPTIONS}
            value={language}
            onChange={(value) => value && setLanguage(value as KnowledgeLanguage)}
            allowDeselect={false}
          />
        </Group>
        <Switch
          label="Published (the AI answers from it)"
          checked={published}
          onChange={(e) => setPublished(e.currentTarget.checked)}
        />
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
