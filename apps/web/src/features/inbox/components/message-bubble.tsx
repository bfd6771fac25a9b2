import { Badge, Button, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import {
  type AttachmentDto,
  CHANNEL_TYPE_LABELS,
  type ConversationDetail,
  type MessageDto,
} from '@stayzr/shared';
import {
  IconAlertCircle,
  IconCheck,
  IconChecks,
  IconClock,
  IconNotes,
  IconPaperclip,
  IconRefresh,
  IconSparkles,
} from '@tabler/icons-react';
import { Fragment, memo, useState } from 'react';
import { type Delivery, deliveryOf, failureReason } from '../lib/delivery-status';
import { linkifyBody } from '../lib/links';
import { splitQuoted } from '../lib/thread-rows';
import { formatClock } from '../lib/time-format';
import classes from './inbox.module.css';

export type BubbleKind = 'guest' | 'staff' | 'ai' | 'system' | 'note';

export function bubbleKind(message: Pick<MessageDto, 'isPrivateNote' | 'senderType'>): BubbleKind {
  return message.isPrivateNote ? 'note' : message.senderType;
}

/**
 * Who wrote it, as the bubble says: the guest's name, the staff member's, the platform team ("Stayzr
 * support") for a super admin switched into the hotel, "AI", "System".
 */
export function senderLabel(message: Pick<MessageDto, 'senderType' | 'sender'>, guestName: string): string {
  switch (message.senderType) {
    case 'guest':
      return guestName;
    case 'staff':
      return message.sender?.name ?? 'Staff';
    case 'ai':
      return 'AI assistant';
    case 'system':
      return 'System';
  }
}

interface MessageBubbleProps {
  message: MessageDto;
  guestName: string;
  /** Email threads collapse the quoted earlier mail. */
  isEmail: boolean;
  retrying: boolean;
  onRetry: (messageId: string) => void;
  /** The hotel's other channels that reach this guest, offered on a failed reply. */
  otherChannels: readonly OtherChannel[];
  onResendVia: (messageId: string, channelAccountId: string) => void;
}

type OtherChannel = ConversationDetail['otherChannels'][number];

/** "Send by SMS instead"; the channel's name as well when the hotel has two of that kind. */
export function resendLabel(channel: OtherChannel, all: readonly OtherChannel[]): string {
  const label = `Send by ${CHANNEL_TYPE_LABELS[channel.type]} instead`;
  return all.filter((other) => other.type === channel.type).length > 1 ? `${label} (${channel.name})` : label;
}

export const MessageBubble = memo(function MessageBubble({
  message,
  guestName,
  isEmail,
  retrying,
  onRetry,
  otherChannels,
  onResendVia,
}: MessageBubbleProps) {
  const kind = bubbleKind(message);
  const delivery = deliveryOf(message);
  const failed = delivery.state === 'failed';
  const time = formatClock(message.createdAt);

  return (
    <article
      className={classes.bubble}
      data-kind={kind}
      data-failed={failed || undefined}
      aria-label={`${kind === 'note' ? 'Private note' : 'Message'} from ${senderLabel(message, guestName)} at ${time}`}
      data-message-id={message.id}
      data-conversation-id={message.conversationId}
    >
      <Group gap={6} wrap="nowrap" mb={2}>
        <Text size="xs" fw={600} c={kind === 'note' ? 'yellow.9' : kind === 'ai' ? 'violet.7' : undefined}>
          {senderLabel(message, guestName)}
        </Text>
        {kind === 'ai' ? (
          <Badge
            size="xs"
            color="violet"
            variant="light"
            leftSection={<IconSparkles stroke={1.75} aria-hidden size={10} />}
          >
            AI
          </Badge>
        ) : null}
        {kind === 'note' ? (
          <Group gap={4} wrap="nowrap" c="yellow.9">
            <IconNotes stroke={1.75} aria-hidden size={12} />
            <Text size="xs" fw={500}>
              Private note · only visible to staff
            </Text>
          </Group>
        ) : null}
      </Group>

      <MessageBody body={message.body} isEmail={isEmail} />
      {message.attachments.length > 0 ? <AttachmentList attachments={message.attachments} /> : null}

      <Group gap={4} justify="flex-end" wrap="nowrap" mt={2}>
        {message.via ? (
          <Text size="xs" c="dimmed" title={message.via.name}>
            by {CHANNEL_TYPE_LABELS[message.via.type]} ·
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt.toISOString()}>
          {time}
        </Text>
        <DeliveryTick delivery={delivery} />
      </Group>

      {failed ? (
        <Group gap="xs" mt={6} wrap="nowrap" align="flex-start" role="alert">
          <Text size="xs" c="red.7" style={{ flex: 1 }}>
            {failureReason(message)}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            leftSection={<IconRefresh stroke={1.75} aria-hidden size={12} />}
            loading={retrying}
            onClick={() => onRetry(message.id)}
          >
            Retry
          </Button>
        </Group>
      ) : null}
      {failed && otherChannels.length > 0 ? (
        <Group gap="xs" mt={4} justify="flex-end">
          {otherChannels.map((channel) => (
            <Button
              key={channel.id}
              size="compact-xs"
              variant="light"
              disabled={retrying}
              onClick={() => onResendVia(message.id, channel.id)}
            >
              {resendLabel(channel, otherChannels)}
            </Button>
          ))}
        </Group>
      ) : null}
    </article>
  );
});

function MessageBody({ body, isEmail }: { body: string; isEmail: boolean }) {
  const [showQuoted, setShowQuoted] = useState(false);
  const { text, quoted } = isEmail ? splitQuoted(body) : { text: body, quoted: null };
  return (
    <>
      <div className={classes.body}>
        <LinkedText text={text} />
      </div>
      {quoted ? (
        <>
          <UnstyledButton
            onClick={() => setShowQuoted((value) => !value)}
            aria-expanded={showQuoted}
            fz="xs"
            c="dimmed"
            mt={4}
          >
            {showQuoted ? 'Hide quoted text' : '··· Show quoted text'}
          </UnstyledButton>
          {showQuoted ? (
            <div className={classes.quoted}>
              <LinkedText text={quoted} />
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Text with its http(s), mailto and tel links clickable; they open outside the app, with no referrer. */
function LinkedText({ text }: { text: string }) {
  return linkifyBody(text).map((part, index) =>
    part.kind === 'link' ? (
      <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" className={classes.link}>
        {part.text}
      </a>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

function AttachmentList({ attachments }: { attachments: readonly AttachmentDto[] }) {
  return (
    <Stack gap={4} mt={6} component="ul" p={0} style={{ listStyle: 'none' }} aria-label="Attachments">
      {attachments.map((attachment) => (
        <Group key={attachment.id} component="li" gap={6} wrap="nowrap">
          <IconPaperclip stroke={1.75} aria-hidden size={14} />
          <Text size="xs" className={classes.ellipsis} title={attachment.fileName}>
            {attachment.fileName}
          </Text>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {formatBytes(attachment.sizeBytes)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** ✓ sent, ✓✓ delivered, blue ✓✓ read, a clock while queued, a red mark when it failed. */
export function DeliveryTick({ delivery }: { delivery: Delivery }) {
  if (delivery.state === 'none') return null;
  const Icon =
    delivery.state === 'pending'
      ? IconClock
      : delivery.state === 'sent'
        ? IconCheck
        : delivery.state === 'failed'
          ? IconAlertCircle
          : IconChecks;
  return (
    <Tooltip label={delivery.label} withArrow openDelay={300}>
      <span className={classes.tick} data-state={delivery.state} role="img" aria-label={delivery.label}>
        <Icon stroke={2} aria-hidden size={14} />
      </span>
    </Tooltip>
  );
}
