/** A piece of a message body: plain text, or a link staff can open. */
export type BodyPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// Only these schemes are ever recognised, and not inside a word ("xhttp://", "javascript:…http://").
const LINK = /(?<![\w/:.])(?:https?:\/\/[^\s<>"'`]+|mailto:[^\s<>"'`]+@[^\s<>"'`]+|tel:\+?\d[\d().-]{2,})/gi;

/** Sentence punctuation after a link ("see https://a.test/x." ) is not part of it. */
const TRAILING = /[.,;:!?'")\]}]+$/;

/** The href for a link the message shows, or null when it is not one of the safe schemes. */
export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Splits a message body into text and links (http, https, mailto, tel only); everything else stays text. */
export function linkifyBody(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let index = 0;
  for (const match of body.matchAll(LINK)) {
    let text = match[0];
    const trailing = TRAILING.exec(text)?.[0] ?? '';
    // Keep a closing parenthesis that belongs to the URL (Wikipedia-style "…_(hotel)").
    const keepParen = trailing.startsWith(')') && text.includes('(');
    if (trailing && !keepParen) text = text.slice(0, -trailing.length);
    const href = safeHref(text);
    if (!href) continue;
    const start = match.index ?? 0;
    if (start > index) parts.push({ kind: 'text', text: body.slice(index, start) });
    parts.push({ kind: 'link', text, href });
    index = start + text.length;
  }
  if (index < body.length) parts.push({ kind: 'text', text: body.slice(index) });
  return parts;
}
