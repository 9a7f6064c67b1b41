// The deliverable download route. No deliverable exists in the e2e world and its ids are random,
// so this only proves the route answers 404 for an id that does not exist, signed in or not
// (no session is a 404 too, so the route reveals nothing). That real files download for those
// who see the initiative and 404 for others is proven in tests/integration/deliverables.test.ts.
import { all, BREDA, type RouteEntries } from "./support";

export const routes: RouteEntries = {
  "app/api/initiatieven/[id]/bestanden/[deliverableId]/route.ts": [
    { path: `/api/initiatieven/${BREDA}/bestanden/bestaat-niet`, expected: all(404) },
  ],
};
