import { ActionIcon, Divider, NavLink, Stack, Text, Tooltip } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import type { NavItem, NavSection } from '../lib/navigation';

interface NavRailProps {
  sections: readonly NavSection[];
  /** Full labels when the rail is expanded (or shown as a drawer on phones), icons with tooltips otherwise. */
  showLabels: boolean;
  onNavigate?: () => void;
}

export function NavRail({ sections, showLabels, onNavigate }: NavRailProps) {
  return (
    <Stack component="nav" aria-label="Main" gap="md" align={showLabels ? 'stretch' : 'center'}>
      {sections.map((section, index) => (
        <Stack key={section.label} gap={4} align={showLabels ? 'stretch' : 'center'}>
          {showLabels ? (
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pb={2}>
              {section.label}
            </Text>
          ) : index > 0 ? (
            <Divider w={32} mb={4} />
          ) : null}
          {section.items.map((item) => (
            <NavRailLink key={item.to} item={item} showLabels={showLabels} onNavigate={onNavigate} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function NavRailLink({
  item,
  showLabels,
  onNavigate,
}: { item: NavItem } & Pick<NavRailProps, 'showLabels' | 'onNavigate'>) {
  // `end: false` keeps the item highlighted on nested routes such as `/inbox/open/123`.
  const active = useMatch({ path: item.to, end: false }) !== null;
  const Icon = item.icon;
  const current = active ? 'page' : undefined;

  if (showLabels) {
    return (
      <NavLink
        component={Link}
        to={item.to}
        label={item.label}
        leftSection={<Icon stroke={1.75} aria-hidden size={20} />}
        active={active}
        aria-current={current}
        onClick={onNavigate}
        fw={500}
      />
    );
  }

  return (
    <Tooltip label={item.label} position="right" withArrow>
      <ActionIcon
        component={Link}
        to={item.to}
        size={44}
        variant={active ? 'light' : 'subtle'}
        color={active ? undefined : 'gray'}
        aria-label={item.label}
        aria-current={current}
        onClick={onNavigate}
      >
        <Icon stroke={1.75} aria-hidden size={22} />
      </ActionIcon>
    </Tooltip>
  );
}
