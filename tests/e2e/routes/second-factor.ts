// Two-step verification pages (decision 0018). The e2e server runs with the demo relaxation, so
// the demo roles are fully signed in: the second step sends them on to the app, and enrolment is
// open to them (optional). Signed-out visitors go to the sign-in form.
import { all, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(auth)/inloggen/tweede-stap/page.tsx": [{ path: "/inloggen/tweede-stap", expected: all(307) }],
  "app/(auth)/account/tweestapsverificatie/instellen/page.tsx": [
    { path: "/account/tweestapsverificatie/instellen", expected: all(200, { anoniem: SIGN_IN }) },
  ],
};
