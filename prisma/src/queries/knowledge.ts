import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../client.js';
import { checkRows } from './rows.js';

/** A passage that is not a stored article (a hotel fact rendered in one language), searched alongside. */
export interface ExtraPassage {
  ref: string;
  title: string;
  body: string;
  tags: readonly string[];
  language: string;
}

export interface KnowledgeHit {
  kind: 'article' | 'fact';
  ref: string;
  title: string;
  body: string;
  language: string;
  /** Share of the question's words (stemmed in the passage's language) that the passage contains, 0..1. */
  coverage: number;
  /** ts_rank_cd, normalized to 0..1. */
  rank: number;
  /** Best trigram word similarity of the title or a tag within the question (typos), 0..1. */
  fuzzy: number;
  score: number;
}

const HitRow = z.object({
  kind: z.enum(['article', 'fact']),
  ref: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.string(),
  coverage: z.number(),
  rank: z.number(),
  fuzzy: z.number(),
  score: z.number(),
});

/**
 * The organization's best passages for a question: each published article (and each extra passage) is
 * matched with the text search configuration of its own language, so a Portuguese question stems as
 * Portuguese against Portuguese articles. The query's words are OR-ed (a question names few of the
 * article's words); coverage says how many of them matched. Trigram similarity of the title and tags
 * catches typos that stemming cannot. Row-level security limits the articles to the tenant's.
 */
export async function searchKnowledge(
  tx: Tx,
  question: string,
  extra: readonly ExtraPassage[],
  limit = 5,
): Promise<KnowledgeHit[]> {
  const text = question.slice(0, 1_000);
  const rows = await tx.$queryRaw(Prisma.sql`
    with docs as (
      select 'article'::text as kind, a.id::text as ref, a.title, a.body, a.tags, a.language
      from knowledge_articles a where a.published
      union all
      select 'fact', f.ref, f.title, f.body, string_to_array(f.tags, ' '), f.language
      from unnest(${extra.map((p) => p.ref)}::text[], ${extra.map((p) => p.title)}::text[],
        ${extra.map((p) => p.body)}::text[], ${extra.map((p) => p.tags.join(' '))}::text[],
        ${extra.map((p) => p.language)}::text[]) as f(ref, title, body, tags, language)
    ), matched as (
      select d.*, q.query, stayzr_knowledge_vector(d.language, d.title, d.tags, d.body) as vector,
        array(select distinct m[1] from regexp_matches(q.query::text, '''([^'']+)''', 'g') as m) as words
      from docs d
      cross join lateral (
        select regexp_replace(plainto_tsquery(stayzr_ts_config(d.language), ${text})::text,
          ' (&|<->|<[0-9]+>) ', ' | ', 'g') as raw
      ) r
      cross join lateral (select case when r.raw = '' then null else r.raw::tsquery end as query) q
    ), scored as (
      select kind, ref, title, body, language,
        coalesce((select count(*) from unnest(words) w where w = any(tsvector_to_array(vector)))::float8
          / nullif(cardinality(words), 0), 0) as coverage,
        coalesce(ts_rank_cd(vector, query, 32), 0)::float8 as rank,
        greatest(
          case when length(title) >= 4 then word_similarity(lower(title), lower(${text})) else 0 end,
          coalesce((select max(word_similarity(lower(t), lower(${text}))) from unnest(tags) t where length(t) >= 4), 0)
        )::float8 as fuzzy
      from matched
    )
    select kind, ref, title, body, language, coverage, rank, fuzzy,
      (0.85 * greatest(coverage, case when fuzzy >= 0.5 then 0.4 + 0.6 * fuzzy else 0 end)
        + 0.15 * least(rank * 4, 1))::float8 as score
    from scored
    order by score desc, kind asc, ref asc
    limit ${limit}`);
  return checkRows('search knowledge', HitRow, rows as unknown[]);
}
