import type { GuestDto } from '../../dto.js';
import { AppError } from '../../errors.js';
import type { UpdateGuestInput } from '../../schemas/inbox.js';
import { BaseAuthenticatedService } from '../kernel/base-authenticated-service.js';
import { escapeLike } from '../kernel/like-pattern.js';
import { normalizeEmail, normalizePhone, toGuestDto } from './guest-identity.js';

/** Guests of the organization: profile, search, opt-out, merge. */
export class GuestService extends BaseAuthenticatedService {
  async get(guestId: string): Promise<GuestDto> {
    const guest = await this.db((tx) => tx.guest.findFirst({ where: this.scope({ id: guestId }) }));
    if (!guest) throw await this.notFound('guest', guestId);
    return toGuestDto(guest);
  }

  async search(query: string, limit: number): Promise<GuestDto[]> {
    const digits = query.replace(/[^\d+]/g, '');
    const pattern = escapeLike(query);
    const guests = await this.db((tx) =>
      tx.guest.findMany({
        where: this.scope({
          OR: [
            { name: { contains: pattern, mode: 'insensitive' as const } },
            { email: { contains: pattern, mode: 'insensitive' as const } },
            ...(digits.length >= 3 ? [{ phoneE164: { contains: digits } }] : []),
          ],
        }),
        orderBy: { updatedAt: 'desc' },
        take: limit,
      }),
    );
    return guests.map(toGuestDto);
  }

  async update(input: UpdateGuestInput): Promise<GuestDto> {
    return this.db(async (tx) => {
      const guest = await tx.guest.findFirst({ where: this.scope({ id: input.guestId }) });
      if (!guest) throw await this.notFound('guest', input.guestId);
      const organization = await tx.organization.findFirstOrThrow({ select: { country: true } });
      let phoneE164: string | null | undefined;
      if (input.phone !== undefined) {
        phoneE164 = input.phone ? normalizePhone(input.phone, organization.country) : null;
        if (input.phone && !phoneE164)
          throw new AppError('BAD_REQUEST', 'That phone number does not look right.');
      }
      const email = input.email === undefined ? undefined : input.email ? normalizeEmail(input.email) : null;
      const clash = await tx.guest.findFirst({
        where: this.scope({
          id: { not: guest.id },
          OR: [...(phoneE164 ? [{ phoneE164 }] : []), ...(email ? [{ email }] : [])],
        }),
      });
      if (clash && (phoneE164 || email)) {
        throw new AppError(
          'CONFLICT',
          'Another guest already has this phone number or email. Merge the two guests instead.',
          {
            otherGuestId: clash.id,
          },
        );
      }
      const updated = await tx.guest.update({
        where: { id: guest.id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.language !== undefined ? { language: input.language } : {}),
          ...(input.notes !== undefined ? { notes: input.notes } : {}),
          ...(phoneE164 !== undefined ? { phoneE164 } : {}),
          ...(email !== undefined ? { email } : {}),
        },
      });
      await this.audit(
        tx,
        'guest.updated',
        { type: 'guest', id: guest.id },
        { fields: Object.keys(input).filter((k) => k !== 'guestId') },
      );
      return toGuestDto(updated);
    });
  }

  /** SMS opt-out from STOP / START keywords or Twilio error 21610. */
  async setSmsOptOut(guestId: string, optedOut: boolean): Promise<void> {
    await this.db(async (tx) => {
      await tx.guest.updateMany({
        where: this.scope({ id: guestId }),
        data: { smsOptedOutAt: optedOut ? new Date() : null },
      });
      await this.audit(tx, optedOut ? 'guest.sms_opted_out' : 'guest.sms_opted_in', {
        type: 'guest',
        id: guestId,
      });
    });
    await this.deps.events.publish(this.orgId, { type: 'guest.updated', guestId });
  }

  /** Conversations, stays and missing identifiers move to the survivor; the other guest is removed. */
  async merge(survivorId: string, mergedId: string): Promise<GuestDto> {
    return this.db(async (tx) => {
      const [survivor, merged] = await Promise.all([
        tx.guest.findFirst({ where: this.scope({ id: survivorId }) }),
        tx.guest.findFirst({ where: this.scope({ id: mergedId }) }),
      ]);
      if (!survivor) throw await this.notFound('guest', survivorId);
      if (!merged) throw await this.notFound('guest', mergedId);
      await tx.conversation.updateMany({
        where: this.scope({ guestId: merged.id }),
        data: { guestId: survivor.id },
      });
      await tx.stay.updateMany({ where: this.scope({ guestId: merged.id }), data: { guestId: survivor.id } });
      // Free the unique identifiers before giving them to the survivor.
      await tx.guest.delete({ where: { id: merged.id } });
      const updated = await tx.guest.update({
        where: { id: survivor.id },
        data: {
          name: survivor.name ?? merged.name,
          phoneE164: survivor.phoneE164 ?? merged.phoneE164,
          email: survivor.email ?? merged.email,
          whatsappJid: survivor.whatsappJid ?? merged.whatsappJid,
          language: survivor.language ?? merged.language,
          smsOptedOutAt: survivor.smsOptedOutAt ?? merged.smsOptedOutAt,
          notes: [survivor.notes, merged.notes].filter(Boolean).join('\n\n') || null,
        },
      });
      await this.audit(
        tx,
        'guest.merged',
        { type: 'guest', id: survivor.id },
        {
          mergedGuest: { id: merged.id, name: merged.name, phoneE164: merged.phoneE164, email: merged.email },
        },
      );
      return toGuestDto(updated);
    });
  }
}
