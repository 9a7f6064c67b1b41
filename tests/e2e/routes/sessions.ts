// Confirming one's password before sensitive changes: a page for everyone signed in. A return
// address off the site is not followed (tests/unit/return-path.test.ts), the page still shows.
import { all, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/account/bevestigen/page.tsx": [
    { path: "/account/bevestigen", expected: all(200, { anoniem: SIGN_IN }) },
    { path: "/account/bevestigen?terug=%2F%2Fevil.example", expected: all(200, { anoniem: SIGN_IN }) },
  ],
};
