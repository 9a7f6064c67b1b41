// SSO: the settings page is for the organisation's beheerders (every organisation account here
// is one; a parent's personal workspace has none). The callback without a flow cookie sends
// everyone back to the sign-in page with a reason (307).
import { all, SIGN_IN, type RouteEntries } from "./support";

export const routes: RouteEntries = {
  "app/(app)/organisatie/sso/page.tsx": [
    { path: "/organisatie/sso", expected: all(200, { anoniem: SIGN_IN, ouder: 404 }) },
  ],
  "app/api/sso/callback/route.ts": [{ path: "/api/sso/callback?code=x&state=y", expected: all(307) }],
};
