// The AVG exports (JSON and PDF). Everyone signed in has their own; nobody else's exists. A
// child's export is for its confirmed guardians only: Noor's guardian is the parent, and the
// school, which holds consent for her, gets a 404 like everyone else. What the files hold is
// proven in tests/integration/personal-data-export.test.ts.
import { ID } from "../../support/demo";
import { ALKMAAR, all, BREDA, type RouteEntries } from "./support";

const child = (initiative: string, kind: string) => `/api/initiatieven/${initiative}/kinderen/${kind}/gegevens`;

export const routes: RouteEntries = {
  "app/api/account/gegevens/route.ts": [
    { path: "/api/account/gegevens?format=json", expected: all(200, { anoniem: 404 }) },
    { path: "/api/account/gegevens?format=pdf", expected: all(200, { anoniem: 404 }) },
    { path: "/api/account/gegevens?format=xml", expected: all(404) },
  ],
  "app/api/initiatieven/[id]/kinderen/[kindId]/gegevens/route.ts": [
    { path: `${child(BREDA, ID.noor)}?format=json`, expected: all(404, { ouder: 200 }) },
    { path: `${child(BREDA, ID.noor)}?format=pdf`, expected: all(404, { ouder: 200 }) },
    // A child only exists under its own initiative.
    { path: `${child(ALKMAAR, ID.noor)}?format=json`, expected: all(404) },
    { path: `${child(BREDA, "bestaat-niet")}?format=json`, expected: all(404) },
  ],
};
