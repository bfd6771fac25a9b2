import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors.js';
import {
  ARTICLE_BODY_MAX,
  KNOWLEDGE_IMPORT_MAX_ARTICLES,
  KNOWLEDGE_IMPORT_MAX_BYTES,
} from '../../schemas/knowledge.js';

export interface ImportedArticle {
  title: string;
  body: string;
}

function invalid(message: string): AppError {
  return new AppError('BAD_REQUEST', message);
}

/** Size first: a 10 MB paste is refused with its size, before any parsing. */
export function assertImportSize(content: string): void {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > KNOWLEDGE_IMPORT_MAX_BYTES) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    throw invalid(
      `The file is ${mb(bytes)} MB; imports are limited to ${mb(KNOWLEDGE_IMPORT_MAX_BYTES)} MB.`,
    );
  }
}

function checked(articles: ImportedArticle[], what: string): ImportedArticle[] {
  if (articles.length === 0) throw invalid(`No articles found in the ${what}.`);
  if (articles.length > KNOWLEDGE_IMPORT_MAX_ARTICLES) {
    throw invalid(
      `The ${what} holds ${articles.length} articles; import at most ${KNOWLEDGE_IMPORT_MAX_ARTICLES} at once.`,
    );
  }
  for (const article of articles) {
    if (article.title.length > 200)
      throw invalid(`The title "${article.title.slice(0, 40)}…" is longer than 200 characters.`);
    if (article.body.length > ARTICLE_BODY_MAX) {
      throw invalid(
        `The article "${article.title.slice(0, 60)}" is longer than ${ARTICLE_BODY_MAX} characters.`,
      );
    }
  }
  return articles;
}

/**
 * Markdown: every heading (`#` to `###`) starts an article whose body is the text up to the next
 * heading; text before the first heading is ignored unless there is no heading at all, then the
 * first line is the title. HTML is kept as text.
 */
export function parseMarkdownArticles(content: string): ImportedArticle[] {
  assertImportSize(content);
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const articles: { title: string; lines: string[] }[] = [];
  for (const line of lines) {
    const heading = /^#{1,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) articles.push({ title: heading[1].trim(), lines: [] });
    else articles.at(-1)?.lines.push(line);
  }
  if (articles.length === 0) {
    const [first = '', ...rest] = lines.filter((line) => line.trim() !== '');
    if (first) articles.push({ title: first.trim().slice(0, 200), lines: rest });
  }
  return checked(
    articles
      .map((a) => ({ title: a.title, body: a.lines.join('\n').trim() }))
      .filter((a) => a.title && a.body),
    'Markdown file',
  );
}

/** CSV with a header row `question,answer` (any case, any column order; other columns ignored). */
export function parseCsvArticles(content: string): ImportedArticle[] {
  assertImportSize(content);
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw invalid(`The CSV file could not be read: ${detail}`);
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).map((cell) => cell.toLowerCase());
  const question = columns.indexOf('question');
  const answer = columns.indexOf('answer');
  if (question < 0 || answer < 0) {
    throw invalid('The CSV file needs a header row with the columns "question" and "answer".');
  }
  const articles: ImportedArticle[] = [];
  rows.forEach((row, index) => {
    const title = row[question] ?? '';
    const body = row[answer] ?? '';
    if (!title || !body) {
      throw invalid(`Row ${index + 2} of the CSV file has an empty question or answer.`);
    }
    articles.push({ title, body });
  });
  return checked(articles, 'CSV file');
}
