import { Prisma } from '@stayzr/db';
import type { CannedResponseDto } from '../../dto.js';
import { AppError } from '../../errors.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';

type Input = { shortcut: string; title: string; body: string };

const toDto = (row: CannedResponseDto): CannedResponseDto => ({
  id: row.id,
  shortcut: row.shortcut,
  title: row.title,
  body: row.body,
});

/** Saved replies the composer offers after `/`; any team member can manage them. */
export class CannedResponseService extends BaseAuthenticatedService {
  async list(): Promise<CannedResponseDto[]> {
    const rows = await this.db((tx) =>
      tx.cannedResponse.findMany({ where: this.scope({}), orderBy: { shortcut: 'asc' } }),
    );
    return rows.map(toDto);
  }

  async create(input: Input): Promise<CannedResponseDto> {
    await this.plan.requireWritable();
    return this.withShortcutCheck(input.shortcut, () =>
      this.db(async (tx) => {
        const row = await tx.cannedResponse.create({
          data: {
            organizationId: this.orgId,
            createdById: this.ctx.impersonating ? null : this.actorUserId,
            ...input,
          },
        });
        await this.audit(
          tx,
          'canned_response.created',
          { type: 'canned_response', id: row.id },
          { shortcut: input.shortcut },
        );
        return toDto(row);
      }),
    );
  }

  async update(id: string, input: Partial<Input>): Promise<CannedResponseDto> {
    await this.plan.requireWritable();
    return this.withShortcutCheck(input.shortcut, () =>
      this.db(async (tx) => {
        const existing = await tx.cannedResponse.findFirst({ where: this.scope({ id }) });
        if (!existing) throw await this.notFound('canned_response', id);
        const row = await tx.cannedResponse.update({ where: { id }, data: input });
        await this.audit(tx, 'canned_response.updated', { type: 'canned_response', id });
        return toDto(row);
      }),
    );
  }

  async remove(id: string): Promise<void> {
    await this.db(async (tx) => {
      const removed = await tx.cannedResponse.deleteMany({ where: this.scope({ id }) });
      if (removed.count === 0) throw await this.notFound('canned_response', id);
      await this.audit(tx, 'canned_response.deleted', { type: 'canned_response', id });
    });
  }

  private async withShortcutCheck<T>(shortcut: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError(
          'CONFLICT',
          `The shortcut /${shortcut} is already used by another canned response.`,
        );
      }
      throw error;
    }
  }
}
