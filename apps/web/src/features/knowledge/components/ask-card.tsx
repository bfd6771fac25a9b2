import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-errors';
import { trpc } from '../../../lib/trpc';
import { formatScore, languageLabel } from '../lib/languages';

/** "Ask a question": the same retrieval and hand-over rules the AI uses on guests, nothing sent. */
export function AskCard() {
  const [question, setQuestion] = useState('');
  const ask = trpc.knowledge.ask.useMutation();
  const result = ask.data;
  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>Ask a question</Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (question.trim()) ask.mutate({ question });
          }}
        >
          <Group align="flex-end">
            <TextInput
              flex={1}
              label="What a guest might write"
              placeholder="Is there parking?"
              value={question}
              onChange={(e) => setQuestion(e.currentTarget.value)}
            />
            <Button type="submit" loading={ask.isPending}>
              Ask
            </Button>
          </Group>
        </form>
        {ask.isError ? <Alert color="red">{errorMessage(ask.error)}</Alert> : null}
        {result ? (
          <Stack gap="sm" aria-label="Answer">
            <Group gap="xs">
              <Badge variant="light">{languageLabel(result.language)}</Badge>
              <Badge variant="light" color="gray">
                {result.provider}
              </Badge>
              <Badge variant="light" color={result.handover ? 'orange' : 'green'}>
                confidence {formatScore(result.confidence)}
              </Badge>
            </Group>
            {result.handover ? (
              <Alert color="orange" title="Handed to a person">
                {result.reason}
              </Alert>
            ) : (
              <Alert color="violet" title="AI answer">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="ai-answer">
                  {result.answer}
                </Text>
              </Alert>
            )}
            <Text size="sm" fw={500}>
              Passages
            </Text>
            {result.passages.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing in the knowledge base matched.
              </Text>
            ) : (
              result.passages.map((passage) => (
                <Card key={`${passage.kind}:${passage.ref}:${passage.language}`} withBorder padding="xs">
                  <Group justify="space-between">
                    <Text size="sm" fw={500}>
                      {passage.title}
                    </Text>
                    <Group gap={4}>
                      <Badge size="xs" variant="outline">
                        {passage.kind}
                      </Badge>
                      <Badge size="xs" variant="outline">
                        {passage.language}
                      </Badge>
                      <Badge size="xs">score {formatScore(passage.score)}</Badge>
                    </Group>
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={3}>
                    {passage.body}
                  </Text>
                </Card>
              ))
            )}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
