// The gemeente's review queue and the arrangement exports.
import { all, BREDA, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/beoordelingen/page.tsx": [
    { path: "/beoordelingen", expected: all(404, { anoniem: SIGN_IN, gemeente: 200, gemeenteAlkmaar: 200 }) },
  ],
  // The demo data has no arrangement and the matrix cannot learn a real version id, so these use
  // an id that does not exist: 404 for everyone, signed-out visitors included (a download has no
  // sign-in page to follow). The integration tests cover real versions (arrangement-export.test.ts).
  "app/api/initiatieven/[id]/arrangement/[versionId]/pdf/route.ts": [
    { path: `/api/initiatieven/${BREDA}/arrangement/bestaat-niet/pdf`, expected: all(404) },
  ],
  "app/api/initiatieven/[id]/arrangement/[versionId]/csv/route.ts": [
    { path: `/api/initiatieven/${BREDA}/arrangement/bestaat-niet/csv`, expected: all(404) },
  ],
};
