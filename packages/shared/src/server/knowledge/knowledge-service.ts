import { type KnowledgeHit, searchKnowledge } from '@stayzr/db/queries';
import type {
  HotelFactsDto,
  HotelFactsInput,
  KnowledgeArticleDto,
  KnowledgeArticleInput,
  KnowledgeImportInput,
  KnowledgeImportResult,
} from '../../schemas/knowledge.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { EMPTY_FACTS, factPassages } from './facts.js';
import { parseCsvArticles, parseMarkdownArticles } from './import.js';

interface ArticleRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  language: string;
  published: boolean;
  updatedAt: Date;
}

const toArticleDto = (row: ArticleRow): KnowledgeArticleDto => ({
  id: row.id,
  title: row.title,
  body: row.body,
  tags: row.tags,
  language: row.language,
  published: row.published,
  updatedAt: row.updatedAt,
});

const FACT_FIELDS = [
  'checkInTime',
  'checkOutTime',
  'address',
  'wifiNetwork',
  'wifiPassword',
  'parking',
  'breakfastHours',
] as const;

/** The hotel's knowledge: articles (per language) and structured facts. Org admins write; staff read. */
export class KnowledgeService extends BaseAuthenticatedService {
  async listArticles(): Promise<KnowledgeArticleDto[]> {
    const rows = await this.db((tx) =>
      tx.knowledgeArticle.findMany({
        where: this.scope({}),
        orderBy: [{ language: 'asc' }, { title: 'asc' }],
      }),
    );
    return rows.map(toArticleDto);
  }

  async createArticle(input: KnowledgeArticleInput): Promise<KnowledgeArticleDto> {
    await this.plan.requireWritable();
    return this.db(async (tx) => {
      const row = await tx.knowledgeArticle.create({ data: { organizationId: this.orgId, ...input } });
      await this.audit(tx, 'knowledge.article_created', { type: 'knowledge_article', id: row.id });
      return toArticleDto(row);
    });
  }

  async updateArticle(id: string, input: Partial<KnowledgeArticleInput>): Promise<KnowledgeArticleDto> {
    await this.plan.requireWritable();
    return this.db(async (tx) => {
      const existing = await tx.knowledgeArticle.findFirst({
        where: this.scope({ id }),
        select: { id: true },
      });
      if (!existing) throw await this.notFound('knowledge_article', id);
      const row = await tx.knowledgeArticle.update({ where: { id }, data: input });
      await this.audit(tx, 'knowledge.article_updated', { type: 'knowledge_article', id });
      return toArticleDto(row);
    });
  }

  async deleteArticle(id: string): Promise<void> {
    await this.db(async (tx) => {
      const removed = await tx.knowledgeArticle.deleteMany({ where: this.scope({ id }) });
      if (removed.count === 0) throw await this.notFound('knowledge_article', id);
      await this.audit(tx, 'knowledge.article_deleted', { type: 'knowledge_article', id });
    });
  }

  /** Markdown (one article per heading) or CSV (question, answer); all or nothing. */
  async importArticles(input: KnowledgeImportInput): Promise<KnowledgeImportResult> {
    await this.plan.requireWritable();
    const articles =
      input.format === 'csv' ? parseCsvArticles(input.content) : parseMarkdownArticles(input.content);
    return this.db(async (tx) => {
      await tx.knowledgeArticle.createMany({
        data: articles.map((article) => ({
          organizationId: this.orgId,
          title: article.title,
          body: article.body,
          tags: input.tags,
          language: input.language,
        })),
      });
      await this.audit(tx, 'knowledge.imported', null, {
        format: input.format,
        articles: articles.length,
        language: input.language,
      });
      return { created: articles.length, titles: articles.map((a) => a.title) };
    });
  }

  async getFacts(): Promise<HotelFactsDto> {
    const row = await this.db((tx) => tx.hotelFacts.findUnique({ where: { organizationId: this.orgId } }));
    if (!row) return { ...EMPTY_FACTS };
    return Object.fromEntries(FACT_FIELDS.map((field) => [field, row[field]])) as unknown as HotelFactsDto;
  }

  async updateFacts(input: HotelFactsInput): Promise<HotelFactsDto> {
    await this.plan.requireWritable();
    await this.db(async (tx) => {
      await tx.hotelFacts.upsert({
        where: { organizationId: this.orgId },
        create: { organizationId: this.orgId, ...input },
        update: input,
      });
      await this.audit(tx, 'knowledge.facts_updated', null);
    });
    return this.getFacts();
  }

  /** Best passages (articles and facts) for a question, in this organization's knowledge only. */
  async search(question: string, limit = 5): Promise<KnowledgeHit[]> {
    const facts = await this.getFacts();
    return this.db((tx) => searchKnowledge(tx, question, factPassages(facts), limit));
  }
}
