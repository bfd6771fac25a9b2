import { Alert, Button, Center, Container, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Component, type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../features/auth/components/full-page-loader';

/**
 * A page loaded on first visit, from a module that exports it by name. `preload()` starts loading it early;
 * once loaded it renders at once, without suspending: a suspended page shows the loader for at least a
 * moment (React holds back revealing content that follows a fallback), and its data requests, which start
 * as it mounts, wait for that too.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<{ [K in Name]: ComponentType }>,
  name: Name,
) {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = module[name];
      return { default: loaded };
    });
    return loading;
  };
  const Lazy = lazy(preload);
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return Object.assign(Page, { preload });
}

/**
 * Layout route around lazily loaded pages: a loader while the page's code arrives (inside the shell, so
 * the header and rail stay put), and a way out when it cannot arrive (offline, or a new version deployed).
 */
export function SuspenseOutlet({ fullPage = false }: { fullPage?: boolean }) {
  const location = useLocation();
  return (
    <ChunkErrorBoundary path={location.pathname}>
      <Suspense fallback={fullPage ? <FullPageLoader /> : <PageLoader />}>
        <Outlet />
      </Suspense>
    </ChunkErrorBoundary>
  );
}

function PageLoader() {
  return (
    <Center mih="50vh" aria-busy="true" aria-label="Loading page">
      <Loader size="sm" />
    </Center>
  );
}

/** Shows the failure for the page it happened on; navigating elsewhere tries again. */
class ChunkErrorBoundary extends Component<{ children: ReactNode; path: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate(previous: { path: string }) {
    if (this.state.failed && previous.path !== this.props.path) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Container size="sm" px={0} mt="xl">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle stroke={1.75} aria-hidden size={20} />}
          title="This page could not be loaded"
          role="alert"
        >
          <Text size="sm" mb="sm">
            The connection may have dropped, or Stayzr was just updated. Reloading usually fixes it.
          </Text>
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh stroke={1.75} aria-hidden size={14} />}
            onClick={() => window.location.reload()}
          >
            Reload
          </Button>
        </Alert>
      </Container>
    );
  }
}
