import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { ApiProvider, createApiClients } from './lib/api-provider';
import { prefetchRoute } from './lib/prefetch-route';
import { createQueryUtils } from './lib/trpc';
import { theme } from './theme';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const clients = createApiClients();
// The page's first requests go out now, while React renders the shell, instead of one after another.
prefetchRoute(createQueryUtils(clients.queryClient, clients.trpcClient), window.location);

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <ApiProvider clients={clients}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApiProvider>
    </MantineProvider>
  </StrictMode>,
);
