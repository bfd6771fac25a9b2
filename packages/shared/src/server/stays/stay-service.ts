import type { Tx } from '@stayzr/db';
import type { StayDto } from '../../dto.js';
import { AppError } from '../../errors.js';
import type { CreateStayInput, UpdateStayInput } from '../../schemas/inbox.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timezone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const toDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

type StayRow = {
  id: string;
  guestId: string;
  room: string | null;
  checkIn: Date;
  checkOut: Date;
  status: StayDto['status'];
  confirmationCode: string | null;
};

export function toStayDto(stay: StayRow): StayDto {
  return {
    id: stay.id,
    guestId: stay.guestId,
    room: stay.room,
    checkIn: toDay(stay.checkIn),
    checkOut: toDay(stay.checkOut),
    status: stay.status,
    confirmationCode: stay.confirmationCode,
  };
}

/**
 * The stay to show beside a conversation: in house today, else the next arrival, else the latest past
 * stay. Dates are compared in the property's time zone.
 */
export async function currentOrNextStay(tx: Tx, guestId: string, now = new Date()): Promise<StayDto | null> {
  const stays = await tx.stay.findMany({
    where: { guestId, status: { notIn: ['canceled', 'no_show'] } },
    include: { property: { select: { timezone: true } } },
    orderBy: { checkIn: 'asc' },
  });
  const withToday = stays.map((stay) => ({ stay, today: todayIn(stay.property.timezone, now) }));
  const current = withToday.find(
    ({ stay, today }) => toDay(stay.checkIn) <= today && today < toDay(stay.checkOut),
  );
  const next = withToday.find(({ stay, today }) => toDay(stay.checkIn) > today);
  const chosen = current?.stay ?? next?.stay ?? stays.at(-1);
  return chosen ? toStayDto(chosen) : null;
}

export class StayService extends BaseAuthenticatedService {
  async listForGuest(guestId: string): Promise<StayDto[]> {
    return this.db(async (tx) => {
      const guest = await tx.guest.findFirst({ where: this.scope({ id: guestId }), select: { id: true } });
      if (!guest) throw await this.notFound('guest', guestId);
      const stays = await tx.stay.findMany({ where: this.scope({ guestId }), orderBy: { checkIn: 'desc' } });
      return stays.map(toStayDto);
    });
  }

  async currentOrNext(guestId: string): Promise<StayDto | null> {
    return this.db(async (tx) => {
      const guest = await tx.guest.findFirst({ where: this.scope({ id: guestId }), select: { id: true } });
      if (!guest) throw await this.notFound('guest', guestId);
      return currentOrNextStay(tx, guestId);
    });
  }

  async create(input: CreateStayInput): Promise<StayDto> {
    return this.db(async (tx) => {
      const guest = await tx.guest.findFirst({
        where: this.scope({ id: input.guestId }),
        select: { id: true },
      });
      if (!guest) throw await this.notFound('guest', input.guestId);
      const property = await tx.property.findFirstOrThrow({
        where: this.scope({}),
        orderBy: { createdAt: 'asc' },
      });
      await this.ensureCodeFree(tx, property.id, input.confirmationCode ?? null, null);
      const stay = await tx.stay.create({
        data: {
          organizationId: this.orgId,
          propertyId: property.id,
          guestId: guest.id,
          room: input.room ?? null,
          checkIn: toDate(input.checkIn),
          checkOut: toDate(input.checkOut),
          status: input.status,
          confirmationCode: input.confirmationCode ?? null,
        },
      });
      await this.audit(tx, 'stay.created', { type: 'stay', id: stay.id });
      return toStayDto(stay);
    });
  }

  async update(input: UpdateStayInput): Promise<StayDto> {
    return this.db(async (tx) => {
      const stay = await tx.stay.findFirst({ where: this.scope({ id: input.stayId }) });
      if (!stay) throw await this.notFound('stay', input.stayId);
      const checkIn = input.checkIn ?? toDay(stay.checkIn);
      const checkOut = input.checkOut ?? toDay(stay.checkOut);
      if (checkOut <= checkIn) throw new AppError('BAD_REQUEST', 'Check-out must be after check-in.');
      if (input.confirmationCode)
        await this.ensureCodeFree(tx, stay.propertyId, input.confirmationCode, stay.id);
      const updated = await tx.stay.update({
        where: { id: stay.id },
        data: {
          checkIn: toDate(checkIn),
          checkOut: toDate(checkOut),
          ...(input.room !== undefined ? { room: input.room } : {}),
          ...(input.status ? { status: input.status } : {}),
          ...(input.confirmationCode !== undefined ? { confirmationCode: input.confirmationCode } : {}),
        },
      });
      await this.audit(tx, 'stay.updated', { type: 'stay', id: stay.id });
      return toStayDto(updated);
    });
  }

  private async ensureCodeFree(tx: Tx, propertyId: string, code: string | null, exceptStayId: string | null) {
    if (!code) return;
    const taken = await tx.stay.findFirst({
      where: { propertyId, confirmationCode: code, ...(exceptStayId ? { id: { not: exceptStayId } } : {}) },
      select: { id: true },
    });
    if (taken) throw new AppError('CONFLICT', `Another stay already has confirmation code ${code}.`);
  }
}
