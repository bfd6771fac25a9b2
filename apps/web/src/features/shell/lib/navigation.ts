import type { Me } from '@stayzr/shared';
import {
  type Icon,
  IconActivity,
  IconBolt,
  IconBook,
  IconBroadcast,
  IconBuilding,
  IconChartBar,
  IconCreditCard,
  IconHistory,
  IconInbox,
  IconTag,
  IconUsers,
} from '@tabler/icons-react';
import { canManageTeam } from '../../../lib/session';

export interface NavItem {
  to: string;
  label: string;
  icon: Icon;
}

export interface NavSection {
  /** Shown above the items when the rail is expanded; sections are separated by a line when collapsed. */
  label: string;
  items: readonly NavItem[];
}

const STATUS: NavItem = { to: '/status', label: 'System status', icon: IconActivity };

// The rail lists only destinations that work for this user. Guests and Analytics (UI.md) join it as their
// pages are built, so staff never land on a page that pretends.
export function navSectionsFor(me: Me): NavSection[] {
  const sections: NavSection[] = [];
  if (me.organization) {
    const admin = canManageTeam(me);
    // `/inbox` (not `/inbox/open`) so the item stays highlighted on every status tab.
    sections.push({ label: 'Conversations', items: [{ to: '/inbox', label: 'Inbox', icon: IconInbox }] });
    sections.push({
      label: 'Settings',
      items: [
        { to: '/settings/team', label: 'Team settings', icon: IconUsers },
        { to: '/settings/canned-responses', label: 'Canned responses', icon: IconBolt },
        ...(admin ? [{ to: '/settings/channels', label: 'Channels', icon: IconBroadcast }] : []),
        ...(admin ? [{ to: '/settings/knowledge', label: 'Knowledge & AI', icon: IconBook }] : []),
        ...(admin ? [{ to: '/settings/labels', label: 'Labels', icon: IconTag }] : []),
        // Staff see the plan and its usage read-only: it explains what the hotel's plan allows them.
        { to: '/settings/plan', label: 'Plan & usage', icon: IconCreditCard },
        ...(admin ? [{ to: '/settings/audit-log', label: 'Audit log', icon: IconHistory }] : []),
      ],
    });
  }
  if (me.isSuperAdmin) {
    sections.push({
      label: 'Platform',
      items: [
        { to: '/platform/organizations', label: 'Organizations', icon: IconBuilding },
        { to: '/platform/usage', label: 'Usage overview', icon: IconChartBar },
        { to: '/platform/audit', label: 'Audit log', icon: IconHistory },
      ],
    });
  }
  sections.push({ label: 'Help', items: [STATUS] });
  return sections;
}
