import { Navigate, Outlet } from 'react-router';
import { homePath } from '../../../lib/redirects';
import { canManageTeam, useMe } from '../../../lib/session';

/** Platform pages: super admins only; anyone else is sent to their own start page. */
export function RequireSuperAdmin() {
  const me = useMe();
  return me.isSuperAdmin ? <Outlet /> : <Navigate to={homePath(me)} replace />;
}

/** Organization pages: need an organization to work in (a super admin must switch into one first). */
export function RequireOrganization() {
  const me = useMe();
  return me.organization ? <Outlet /> : <Navigate to={homePath(me)} replace />;
}

export function HomeRedirect() {
  return <Navigate to={homePath(useMe())} replace />;
}

/** Organization settings only org admins may change (channels): everyone else goes to their start page. */
export function RequireOrgAdmin() {
  const me = useMe();
  return canManageTeam(me) ? <Outlet /> : <Navigate to={homePath(me)} replace />;
}
