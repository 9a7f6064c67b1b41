import { all, SIGN_IN, type RouteEntries } from "./support";

export const routes: RouteEntries = {
  "app/(app)/meldingen/page.tsx": [{ path: "/meldingen", expected: all(200, { anoniem: SIGN_IN }) }],
};
