// The access log pages. A child's "wie heeft meegekeken" is for its confirmed guardians only:
// everyone else, the organisations that looked included, gets a 404. The organisation's log is
// for its beheerders (every organisation account here is one) and its privacy officer; its CSV
// for the privacy officer only, and no demo account is one, so the download is a 404 for all.
import { ID } from "../../support/demo";
import { all, BREDA, SIGN_IN, type RouteEntries } from "./support";

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/kinderen/[kindId]/meegekeken/page.tsx": [
    // Noor's guardian is the parent; the school holds consent for her but is no guardian.
    {
      path: `/initiatieven/${BREDA}/kinderen/${ID.noor}/meegekeken`,
      expected: all(404, { anoniem: SIGN_IN, ouder: 200 }),
    },
    { path: `/initiatieven/${BREDA}/kinderen/bestaat-niet/meegekeken`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(app)/organisatie/toegang/page.tsx": [
    { path: "/organisatie/toegang", expected: all(200, { anoniem: SIGN_IN, ouder: 404 }) },
  ],
  "app/api/organisatie/toegangslog/route.ts": [{ path: "/api/organisatie/toegangslog", expected: all(404) }],
};
