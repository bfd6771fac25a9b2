import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './features/auth/components/require-auth';
import {
  HomeRedirect,
  RequireOrgAdmin,
  RequireOrganization,
  RequireSuperAdmin,
} from './features/auth/components/require-role';
import { SessionEndedHandler } from './features/auth/components/session-ended-handler';
import { INBOX_ROUTE } from './features/inbox/lib/routes';
import { AppShellLayout } from './features/shell/components/app-shell';
import { lazyPage, SuspenseOutlet } from './ui/lazy-page';

// Each page is its own chunk: signing in loads the sign-in page, the inbox loads the inbox, and so on.
const AcceptInvitationPage = lazyPage(
  () => import('./features/auth/pages/accept-invitation-page'),
  'AcceptInvitationPage',
);
const AuditLogPage = lazyPage(() => import('./features/audit-log/pages/audit-log-page'), 'AuditLogPage');
const CannedResponsesPage = lazyPage(
  () => import('./features/canned-responses/pages/canned-responses-page'),
  'CannedResponsesPage',
);
const LabelsPage = lazyPage(() => import('./features/labels/pages/labels-page'), 'LabelsPage');
const ChannelsPage = lazyPage(() => import('./features/channels/pages/channels-page'), 'ChannelsPage');
const InboxPage = lazyPage(() => import('./features/inbox/pages/inbox-page'), 'InboxPage');
// The inbox is where staff land, after signing in too, and what deep links open: its code starts loading
// with the app (alongside the session check, or while the sign-in form is filled in), not after it.
if (/^\/(inbox|login)?(\/|$)/.test(window.location.pathname)) void InboxPage.preload();
const KnowledgePage = lazyPage(() => import('./features/knowledge/pages/knowledge-page'), 'KnowledgePage');
const LoginPage = lazyPage(() => import('./features/auth/pages/login-page'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./features/shell/pages/not-found-page'), 'NotFoundPage');
const PlanPage = lazyPage(() => import('./features/plan/pages/plan-page'), 'PlanPage');
const PlatformAuditPage = lazyPage(() => import('./features/platform/pages/audit-page'), 'PlatformAuditPage');
const PlatformOrganizationsPage = lazyPage(
  () => import('./features/platform/pages/organizations-page'),
  'PlatformOrganizationsPage',
);
const PlatformUsagePage = lazyPage(() => import('./features/platform/pages/usage-page'), 'PlatformUsagePage');
const StatusPage = lazyPage(() => import('./features/status/pages/status-page'), 'StatusPage');
const TeamSettingsPage = lazyPage(
  () => import('./features/team/pages/team-settings-page'),
  'TeamSettingsPage',
);

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
                  <Route path="settings/audit-log" element={<AuditLogPage />} />
                  <Route path="settings/knowledge" element={<KnowledgePage />} />
                  <Route path="settings/labels" element={<LabelsPage />} />
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
