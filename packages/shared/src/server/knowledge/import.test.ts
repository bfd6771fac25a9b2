import { describe, expect, it } from 'vitest';
import { parseCsvArticles, parseMarkdownArticles } from './import.js';

describe('knowledge import', () => {
  it('reads question,answer CSV in any column order, quotes included', () => {
    const csv = 'answer,question\n"Yes, EUR 18 per night.",Is there parking?\nFrom 15:00,When is check-in?\n';
    expect(parseCsvArticles(csv)).toEqual([
      { title: 'Is there parking?', body: 'Yes, EUR 18 per night.' },
      { title: 'When is check-in?', body: 'From 15:00' },
    ]);
  });

  it('refuses broken CSV with a readable reason', () => {
    expect(() => parseCsvArticles('question,answer\n"unclosed,quote\n')).toThrow(/could not be read/);
    expect(() => parseCsvArticles('q,a\nx,y')).toThrow(/"question" and "answer"/);
    expect(() => parseCsvArticles('question,answer\nx,y,z')).toThrow(/could not be read/);
    expect(() => parseCsvArticles('question,answer\n,y')).toThrow(/Row 2/);
  });

  it('splits Markdown by headings and keeps HTML as text', () => {
    const md = '# Parking\nGarage, <b>EUR 18</b>.\n\n## Wi-Fi\nNetwork Aurora-Guest.\n';
    expect(parseMarkdownArticles(md)).toEqual([
      { title: 'Parking', body: 'Garage, <b>EUR 18</b>.' },
      { title: 'Wi-Fi', body: 'Network Aurora-Guest.' },
    ]);
  });

  it('refuses a 10 MB file before parsing it', () => {
    expect(() => parseMarkdownArticles(`# Big\n${'x'.repeat(10_000_000)}`)).toThrow(
      /10\.0 MB; imports are limited to 1\.0 MB/,
    );
  });
});
