import { trpc } from '../../../lib/trpc';

/** After an edit in the side panel: the conversation (its guest and stay) and the list rows showing them. */
export function useRefreshConversation(conversationId: string) {
  const utils = trpc.useUtils();
  return () => {
    void utils.conversations.get.invalidate({ conversationId });
    void utils.conversations.list.invalidate();
  };
}
