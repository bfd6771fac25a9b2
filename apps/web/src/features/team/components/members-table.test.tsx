import type { TeamMember } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { renderTextWithApi } from '../../../testing/render-text';
import { MembersTable } from './members-table';

const base = { createdAt: new Date('2026-01-05T09:00:00Z'), dataScope: 'all', status: 'active' } as const;
const members: TeamMember[] = [
  {
    ...base,
    id: 'u1',
    name: 'Marta Silva',
    email: 'manager@aurora.test',
    role: 'ORG_ADMIN',
    lastLoginAt: new Date(),
  },
  {
    ...base,
    id: 'u2',
    name: 'Tiago Ferreira',
    email: 'frontdesk@aurora.test',
    role: 'STAFF',
    dataScope: 'own',
    lastLoginAt: null,
  },
  {
    ...base,
    id: 'u3',
    name: 'Old Porter',
    email: 'porter@aurora.test',
    role: 'STAFF',
    status: 'disabled',
    lastLoginAt: null,
  },
];

describe('MembersTable', () => {
  it('shows each member’s role, status, conversation access and last sign-in', () => {
    const text = renderTextWithApi(<MembersTable members={members} currentUserId="u1" canManage={false} />);

    expect(text).toContain('Marta Silva You manager@aurora.test Org admin Active All conversations just now');
    expect(text).toContain('Tiago Ferreira frontdesk@aurora.test Staff Active Own conversations Never');
    expect(text).toContain('Old Porter porter@aurora.test Staff Deactivated');
  });

  it('gives org admins a menu per member, and staff none', () => {
    const forStaff = renderTextWithApi(
      <MembersTable members={members} currentUserId="u2" canManage={false} />,
    );
    const forAdmin = renderTextWithApi(<MembersTable members={members} currentUserId="u1" canManage />);

    expect(forStaff).not.toContain('Actions');
    expect(forAdmin).toContain('Actions');
  });
});
