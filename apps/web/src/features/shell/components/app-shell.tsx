import { ActionIcon, AppShell, Burger, Button, Divider, Group, Tooltip } from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import type { Me } from '@stayzr/shared';
import { IconLayoutSidebar } from '@tabler/icons-react';
import { type ComponentType, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { loginPath } from '../../../lib/redirects';
import { canManageTeam, useMeQuery } from '../../../lib/session';
import { Brand } from '../../../ui/brand';
import { ColorSchemeToggle } from '../../../ui/color-scheme-toggle';
import { FullPageLoader } from '../../auth/components/full-page-loader';
import { useOrganizationSwitch } from '../../auth/lib/use-organization-switch';
import { setLiveState } from '../../inbox/lib/live-events';
import { ReadOnlyBanner } from '../../plan/components/read-only-banner';
import { navSectionsFor } from '../lib/navigation';
import { BANNER_HEIGHT, ImpersonationBanner } from './impersonation-banner';
import { NavRail } from './nav-rail';
import { OrganizationLabel } from './organization-label';
import { OrganizationSwitcher } from './organization-switcher';
import { UserMenu } from './user-menu';

const HEADER_HEIGHT = 56;
const RAIL_WIDTH = { collapsed: 76, expanded: 232 } as const;

/**
 * Header, left rail and the routed page. Signed-in users get the full shell; the few pages open to everyone
 * (system status, not found) get the header alone with a way to sign in.
 */
export function AppShellLayout() {
  const me = useMeQuery();
  if (me.isPending) return <FullPageLoader />;
  return me.data ? <SignedInShell me={me.data} /> : <PublicShell />;
}

function SignedInShell({ me }: { me: Me }) {
  const [drawerOpened, drawer] = useDisclosure(false);
  // Remembered per browser: reception desks are shared machines whose screen size rarely changes.
  const [expanded, setExpanded] = useLocalStorage({ key: 'stayzr:rail-expanded', defaultValue: true });
  const { exit, exiting } = useOrganizationSwitch();
  const railLabel = expanded ? 'Collapse navigation' : 'Expand navigation';
  const banner = me.impersonating && me.organization ? me.organization.name : null;

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (banner ? BANNER_HEIGHT : 0) }}
      navbar={{
        width: expanded ? RAIL_WIDTH.expanded : RAIL_WIDTH.collapsed,
        breakpoint: 'sm',
        collapsed: { mobile: !drawerOpened },
      }}
      padding="lg"
    >
      <AppShell.Header>
        {banner ? <ImpersonationBanner organizationName={banner} exiting={exiting} onExit={exit} /> : null}
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={drawerOpened}
              onClick={drawer.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Tooltip label={railLabel}>
              <ActionIcon
                visibleFrom="sm"
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={railLabel}
                aria-expanded={expanded}
                onClick={() => setExpanded((value) => !value)}
              >
                <IconLayoutSidebar stroke={1.75} aria-hidden size={20} />
              </ActionIcon>
            </Tooltip>
            <Brand />
            <Divider orientation="vertical" h={24} style={{ alignSelf: 'center' }} visibleFrom="xs" />
            <OrganizationLabel me={me} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {me.isSuperAdmin ? <OrganizationSwitcher me={me} /> : null}
            <ColorSchemeToggle />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <AppShell.Section grow>
          {/* On phones the rail is a full-width drawer, where icons alone would waste the space. */}
          <NavRail
            sections={navSectionsFor(me)}
            showLabels={expanded || drawerOpened}
            onNavigate={drawer.close}
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        {/* One stream per organization: switching organization starts a new one. */}
        {me.organization ? <InboxLive key={me.organization.id} /> : null}
        {me.organization ? <ReadOnlyBanner canManage={canManageTeam(me)} /> : null}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * The inbox's live connection, loaded after the shell so signing in does not wait for it. Mounted once its
 * code is there rather than through Suspense: a suspended boundary, even one that shows nothing, holds back
 * the page's own content for a moment when it resolves.
 */
function InboxLive() {
  const [Live, setLive] = useState<ComponentType | null>(null);
  useEffect(() => {
    let mounted = true;
    import('../../inbox/components/inbox-live')
      .then((module) => {
        if (mounted) setLive(() => module.default);
      })
      // Offline or a new release: the inbox says it is offline, and a reload brings it back.
      .catch(() => setLiveState('offline'));
    return () => {
      mounted = false;
    };
  }, []);
  return Live ? <Live /> : null;
}

function PublicShell() {
  const location = useLocation();
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Brand />
          <Group gap="sm" wrap="nowrap">
            <ColorSchemeToggle />
            <Button component={Link} to={loginPath(location.pathname + location.search)}>
              Sign in
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
