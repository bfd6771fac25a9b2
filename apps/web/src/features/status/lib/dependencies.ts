import type { DependencyName } from '@stayzr/shared';
import { type Icon, IconDatabase, IconStack2 } from '@tabler/icons-react';

export interface DependencyInfo {
  label: string;
  /** What stops working when this dependency is down, in words the front desk understands. */
  role: string;
  icon: Icon;
}

export const DEPENDENCIES: Record<DependencyName, DependencyInfo> = {
  database: { label: 'PostgreSQL', role: 'Conversations, guests and settings', icon: IconDatabase },
  redis: { label: 'Redis', role: 'Message queues, live updates and rate limits', icon: IconStack2 },
};

/** Display order on the status page. */
export const DEPENDENCY_ORDER: readonly DependencyName[] = ['database', 'redis'];
