import { Prisma } from '@stayzr/db';
import type { LabelDto } from '../../dto.js';
import { AppError } from '../../errors.js';
import type { LabelInput } from '../../schemas/inbox.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';

const toDto = (row: LabelDto): LabelDto => ({ id: row.id, name: row.name, color: row.color });

/** The organization's conversation labels: everyone sees them and applies them; org admins define them. */
export class LabelService extends BaseAuthenticatedService {
  async list(): Promise<LabelDto[]> {
    const rows = await this.db((tx) =>
      tx.label.findMany({ where: this.scope({}), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    );
    return rows.map(toDto);
  }

  async create(input: LabelInput): Promise<LabelDto> {
    return this.withNameCheck(input.name, () =>
      this.db(async (tx) => {
        const row = await tx.label.create({ data: { organizationId: this.orgId, ...input } });
        await this.audit(tx, 'label.created', { type: 'label', id: row.id }, { name: row.name });
        return toDto(row);
      }),
    );
  }

  async update(id: string, input: Partial<LabelInput>): Promise<LabelDto> {
    return this.withNameCheck(input.name, () =>
      this.db(async (tx) => {
        const existing = await tx.label.findFirst({ where: this.scope({ id }) });
        if (!existing) throw await this.notFound('label', id);
        const row = await tx.label.update({ where: { id: existing.id }, data: input });
        await this.audit(tx, 'label.updated', { type: 'label', id }, { name: row.name });
        return toDto(row);
      }),
    );
  }

  /** Deletes the label and takes it off every conversation. */
  async remove(id: string): Promise<void> {
    await this.db(async (tx) => {
      const removed = await tx.label.deleteMany({ where: this.scope({ id }) });
      if (removed.count === 0) throw await this.notFound('label', id);
      await this.audit(tx, 'label.deleted', { type: 'label', id });
    });
  }

  private async withNameCheck<T>(name: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', `There is already a label called “${name}”.`);
      }
      throw error;
    }
  }
}
