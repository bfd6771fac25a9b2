import type { Me } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { navSectionsFor } from './navigation';

const aurora = {
  id: 'o1',
  name: 'Hotel Aurora',
  slug: 'aurora',
  plan: 'professional',
  status: 'active',
} as const;
const staff: Me = {
  id: 'u1',
  email: 'frontdesk@aurora.test',
  name: 'Lena',
  role: 'STAFF',
  isSuperAdmin: false,
  organization: aurora,
  impersonating: false,
};
const superAdmin: Me = { ...staff, role: 'SUPER_ADMIN', isSuperAdmin: true, organization: null };

const links = (me: Me) => navSectionsFor(me).flatMap((section) => section.items.map((item) => item.to));

describe('navSectionsFor', () => {
  it('gives organization users the inbox first, their settings and the status page, nothing of the platform', () => {
    expect(links(staff)).toEqual([
      '/inbox',
      '/settings/team',
      '/settings/canned-responses',
      '/settings/plan',
      '/status',
    ]);
  });

  it('gives org admins the channel settings and the audit log too', () => {
    expect(links({ ...staff, role: 'ORG_ADMIN' })).toEqual([
      '/inbox',
      '/settings/team',
      '/settings/canned-responses',
      '/settings/channels',
      '/settings/knowledge',
      '/settings/labels',
      '/settings/plan',
      '/settings/audit-log',
      '/status',
    ]);
  });

  it('gives super admins outside an organization only platform pages', () => {
    expect(links(superAdmin)).toEqual([
      '/platform/organizations',
      '/platform/usage',
      '/platform/audit',
      '/status',
    ]);
  });

  it('adds the organization pages while a super admin is switched in', () => {
    expect(links({ ...superAdmin, organization: aurora, impersonating: true })).toEqual([
      '/inbox',
      '/settings/team',
      '/settings/canned-responses',
      '/settings/channels',
      '/settings/knowledge',
      '/settings/labels',
      '/settings/plan',
      '/settings/audit-log',
      '/platform/organizations',
      '/platform/usage',
      '/platform/audit',
      '/status',
    ]);
  });
});
