import { Navigate, Route, Routes } from 'react-router';
import { AppShellLayout } from './components/app-shell';
import { RequireAuth } from './components/auth/require-auth';
import {
  HomeRedirect,
  RequireOrgAdmin,
  RequireOrganization,
  RequireSuperAdmin,
} from './components/auth/require-role';
import { SessionEndedHandler } from './components/auth/session-ended-handler';
import { lazyPage, SuspenseOutlet } from './components/lazy-page';
import { INBOX_ROUTE } from './lib/inbox/routes';

// Each page is its own chunk: signing in loads the sign-in page, the inbox loads the inbox, and so on.
const AcceptInvitationPage = lazyPage(() => import('./pages/accept-invitation-page'), 'AcceptInvitationPage');
const CannedResponsesPage = lazyPage(
  () => import('./pages/inbox/canned-responses-page'),
  'CannedResponsesPage',
);
const ChannelsPage = lazyPage(() => import('./pages/settings/channels-page'), 'ChannelsPage');
const InboxPage = lazyPage(() => import('./pages/inbox/inbox-page'), 'InboxPage');
// The inbox is where staff land and what deep links open: its code starts loading with the app,
// alongside the session check, instead of after it.
if (window.location.pathname === '/' || window.location.pathname.startsWith('/inbox'))
  void InboxPage.preload();
const LoginPage = lazyPage(() => import('./pages/login-page'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found-page'), 'NotFoundPage');
const PlanPage = lazyPage(() => import('./pages/settings/plan-page'), 'PlanPage');
const PlatformAuditPage = lazyPage(() => import('./pages/platform-audit-page'), 'PlatformAuditPage');
const PlatformOrganizationsPage = lazyPage(
  () => import('./pages/platform-organizations-page'),
  'PlatformOrganizationsPage',
);
const PlatformUsagePage = lazyPage(
  () => import('./pages/platform-subscriptions-usage-page'),
  'PlatformUsagePage',
);
const StatusPage = lazyPage(() => import('./pages/status-page'), 'StatusPage');
const TeamSettingsPage = lazyPage(() => import('./pages/team-settings-page'), 'TeamSettingsPage');

export function App() {
  return (
    <>
      <SessionEndedHandler />
      <Routes>
        <Route element={<SuspenseOutlet fullPage />}>
          <Route path="login" element={<LoginPage />} />
          <Route path="invite/:token" element={<AcceptInvitationPage />} />
        </Route>
        <Route element={<AppShellLayout />}>
          <Route element={<SuspenseOutlet />}>
            {/* Open to everyone: "is it us or the server?" must be answerable without signing in. */}
            <Route path="status" element={<StatusPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<HomeRedirect />} />
              <Route element={<RequireOrganization />}>
                <Route path="settings" element={<Navigate to="/settings/team" replace />} />
                <Route path="inbox" element={<Navigate to="/inbox/open" replace />} />
                <Route path={INBOX_ROUTE} element={<InboxPage />} />
                <Route path="settings/team" element={<TeamSettingsPage />} />
                <Route path="settings/canned-responses" element={<CannedResponsesPage />} />
                <Route path="settings/plan" element={<PlanPage />} />
                <Route element={<RequireOrgAdmin />}>
                  <Route path="settings/channels" element={<ChannelsPage />} />
                </Route>
              </Route>
              <Route element={<RequireSuperAdmin />}>
                <Route path="platform" element={<Navigate to="/platform/organizations" replace />} />
                <Route path="platform/organizations" element={<PlatformOrganizationsPage />} />
                <Route path="platform/audit" element={<PlatformAuditPage />} />
                <Route path="platform/usage" element={<PlatformUsagePage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
