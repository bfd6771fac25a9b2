import type { Me } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { homePath, loginPath, safeNextPath } from './redirects';

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

describe('safeNextPath', () => {
  it.each([
    ['/settings/team', '/settings/team'],
    ['/platform/audit?action=team.', '/platform/audit?action=team.'],
    ['https://evil.example/steal', null],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['/login?next=/x', null],
    ['/invite/abc', null],
    ['', null],
    [null, null],
  ])('%s → %s', (raw, expected) => expect(safeNextPath(raw)).toBe(expected));
});

describe('loginPath', () => {
  it('carries the page to return to', () =>
    expect(loginPath('/settings/team')).toBe('/login?next=%2Fsettings%2Fteam'));
  it('leaves out the start page and unsafe targets', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('//evil.example')).toBe('/login');
  });
});

describe('homePath', () => {
  it('sends organization users to the open inbox, super admins to the platform', () => {
    expect(homePath(staff)).toBe('/inbox/open');
    expect(homePath(superAdmin)).toBe('/platform/organizations');
    expect(homePath({ ...superAdmin, organization: aurora, impersonating: true })).toBe('/inbox/open');
  });
});
