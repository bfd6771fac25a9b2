import { Badge, Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { trpc } from '../../../lib/trpc';

/**
 * Suggest mode: the AI's draft for the guest's newest message. Staff insert it into the composer, edit
 * it and send it themselves; dismissing it hides it for everyone.
 */
export function AiSuggestionChip({
  conversationId,
  onInsert,
}: {
  conversationId: string;
  onInsert: (text: string) => void;
}) {
  const utils = trpc.useUtils();
  // The draft arrives a moment after the guest's message (the ai job); polling keeps this self-contained.
  const state = trpc.knowledge.ai.conversation.useQuery({ conversationId }, { refetchInterval: 5_000 });
  const dismiss = trpc.knowledge.ai.dismissSuggestion.useMutation({
    onSuccess: () => utils.knowledge.ai.conversation.invalidate({ conversationId }),
  });
  const suggestion = state.data?.suggestion;
  if (!suggestion) return null;
  return (
    <Paper withBorder px="sm" py={6} radius="md" aria-label="AI suggestion">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Badge size="xs" color="violet" variant="light">
            AI
          </Badge>
          <Text size="sm" truncate="end" miw={0}>
            {suggestion.text}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="light"
            color="violet"
            onClick={() => {
              onInsert(suggestion.text);
              dismiss.mutate({ suggestionId: suggestion.id });
            }}
          >
            Insert
          </Button>
          <CloseButton
            size="sm"
            aria-label="Dismiss suggestion"
            onClick={() => dismiss.mutate({ suggestionId: suggestion.id })}
          />
        </Group>
      </Group>
    </Paper>
  );
}
