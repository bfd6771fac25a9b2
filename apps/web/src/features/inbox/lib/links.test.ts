import { describe, expect, it } from 'vitest';
import { linkifyBody, safeHref } from './links';

const links = (body: string) =>
  linkifyBody(body)
    .filter((part) => part.kind === 'link')
    .map((part) => (part.kind === 'link' ? part.href : ''));

describe('links in messages', () => {
  it('finds http, https, mailto and tel links and leaves the rest as text', () => {
    const parts = linkifyBody(
      'Book at https://aurora.test/spa?day=2. Or mail stay@aurora.test, call tel:+351210000000',
    );
    expect(parts).toEqual([
      { kind: 'text', text: 'Book at ' },
      { kind: 'link', text: 'https://aurora.test/spa?day=2', href: 'https://aurora.test/spa?day=2' },
      { kind: 'text', text: '. Or mail stay@aurora.test, call ' },
      { kind: 'link', text: 'tel:+351210000000', href: 'tel:+351210000000' },
    ]);
    expect(links('Map (http://maps.test/x) and mailto:ana@example.es!')).toEqual([
      'http://maps.test/x',
      'mailto:ana@example.es',
    ]);
  });

  it('never makes a link of another scheme', () => {
    for (const body of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)//http://x.test',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'xhttp://evil.test',
      'http://',
    ]) {
      expect(links(body), body).toEqual([]);
    }
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://ok.test')).toBe('https://ok.test/');
  });

  it('keeps the whole text, in order', () => {
    const body = 'a https://x.test b http://y.test/ c';
    expect(
      linkifyBody(body)
        .map((part) => part.text)
        .join(''),
    ).toBe(body);
  });
});
