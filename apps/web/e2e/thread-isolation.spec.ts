import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn } from './helpers';

// Moving between conversations at typing speed once left the previous conversation's messages (private
// notes included) stacked above the next guest's thread. Every sample below asserts what staff see: one
// thread, and only messages of the conversation the URL says is open.

/** A quarter second between presses: how fast staff skim the list with `j`/`k`. */
const TYPING_GAP_MS = 250;

interface ThreadSnapshot {
  /** The conversation in the URL. */
  openId: string | null;
  /** The conversation of each thread in the middle column. */
  threads: string[];
  /** The conversation of every message shown in the middle column. */
  messageConversations: string[];
}

function snapshot(page: Page): Promise<ThreadSnapshot> {
  return page.evaluate(() => {
    const openId = /\/inbox\/[a-z]+\/([0-9a-f-]{36})/.exec(window.location.pathname)?.[1] ?? null;
    const pane = document.querySelector('section[aria-label="Conversation"]');
    const conversationOf = (element: Element) => element.getAttribute('data-conversation-id') ?? 'missing';
    return {
      openId,
      threads: [...(pane?.querySelectorAll('[role="log"]') ?? [])].map(conversationOf),
      messageConversations: [...(pane?.querySelectorAll('[data-message-id]') ?? [])].map(conversationOf),
    };
  });
}

/**
 * At any instant: at most one thread, and every message shown is of that thread's conversation. (Right
 * after a press the URL may already name the next conversation while the screen still shows the previous
 * one for a frame: that is one whole conversation, never a mix.)
 */
function expectOneConversation(state: ThreadSnapshot, step: string): void {
  expect(state.threads.length, `${step}: threads in the middle column`).toBeLessThanOrEqual(1);
  const shown = state.threads[0];
  const foreign = state.messageConversations.filter((id) => id !== shown);
  expect(foreign, `${step}: messages of another conversation in the thread of ${shown}`).toEqual([]);
}

/** A typing gap after a move: whatever shows is the conversation the URL opened, or still loading. */
function expectOnlyOpenConversation(state: ThreadSnapshot, step: string): void {
  expectOneConversation(state, step);
  const foreign = state.messageConversations.filter((id) => id !== state.openId);
  expect(foreign, `${step}: messages of another conversation while ${state.openId} is open`).toEqual([]);
}

/**
 * A typing gap after a move. Every sample holds one whole conversation; on a loaded machine the screen
 * may take a few frames longer than the gap to follow the URL (the router keeps the previous view while
 * the next one loads), so it gets a short while to do so — never by showing a mix.
 */
async function expectFollowsUrl(page: Page, step: string): Promise<ThreadSnapshot> {
  let state = await snapshot(page);
  const deadline = Date.now() + 2_000;
  for (;;) {
    expectOneConversation(state, step);
    const foreign = state.messageConversations.filter((id) => id !== state.openId);
    if (foreign.length === 0 || Date.now() > deadline) break;
    await page.waitForTimeout(50);
    state = await snapshot(page);
  }
  expectOnlyOpenConversation(state, step);
  return state;
}

/** Once a walk stops, the open conversation's own messages show, alone. */
async function expectSettledOn(page: Page, step: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const state = await snapshot(page);
        return state.threads.length === 1 && state.messageConversations.length > 0;
      },
      { message: `${step}: the open conversation's thread shows` },
    )
    .toBe(true);
  expectOnlyOpenConversation(await snapshot(page), step);
}

function conversationRows(page: Page) {
  return page.getByRole('navigation', { name: 'Conversations' }).getByRole('link');
}

/** Guests of this test's own, several messages each, so every thread takes a moment to load and paint. */
async function openInbox(page: Page, baseURL: string): Promise<void> {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  const channel = await auroraSmsChannel(page);
  for (let guest = 0; guest < 6; guest++) {
    const phone = newGuestPhone();
    for (let message = 0; message < 3; message++) {
      await postInboundSms(page.request, baseURL, channel, phone, `Question ${message + 1} from ${phone}`);
    }
  }
  await expect(conversationRows(page).nth(7)).toBeVisible();
}

test('walking the inbox with j/k at typing speed never shows another guest’s messages', async ({
  page,
  baseURL,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/same key|unique "key"/i.test(message.text())) warnings.push(message.text());
  });
  await openInbox(page, baseURL ?? '');
  await conversationRows(page).first().click();
  await expectSettledOn(page, 'first conversation');

  const walk = ['j', 'j', 'k', 'j', 'j', 'j', 'k', 'k', 'j', 'j', 'k', 'j'];
  const visited = new Set<string>();
  for (const [index, key] of walk.entries()) {
    await page.keyboard.press(key);
    // Sampled right after the press (the next thread still loading) and a typing gap later.
    expectOneConversation(await snapshot(page), `press ${index + 1} (${key}), at once`);
    await page.waitForTimeout(TYPING_GAP_MS);
    const state = await expectFollowsUrl(page, `press ${index + 1} (${key}), ${TYPING_GAP_MS} ms later`);
    if (state.openId) visited.add(state.openId);
  }
  expect(visited.size, 'the walk moved through several conversations').toBeGreaterThanOrEqual(4);
  await expectSettledOn(page, 'after the keyboard walk');
  expect(warnings, 'React key warnings').toEqual([]);
});

test('clicking through conversations quickly never shows another guest’s messages', async ({
  page,
  baseURL,
}) => {
  await openInbox(page, baseURL ?? '');
  const order = [0, 1, 2, 1, 3, 4, 2, 0];
  for (const [step, index] of order.entries()) {
    await conversationRows(page).nth(index).click();
    expectOneConversation(await snapshot(page), `click ${step + 1}, at once`);
    await page.waitForTimeout(TYPING_GAP_MS);
    await expectFollowsUrl(page, `click ${step + 1}, ${TYPING_GAP_MS} ms later`);
  }
  await expectSettledOn(page, 'after the clicks');
});
