// Meetings of an initiative, a meeting, its .ics file, and "Mijn taken".
import { all, BREDA, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/overleggen/page.tsx": [
    { path: `/initiatieven/${BREDA}/overleggen`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    { path: "/initiatieven/bestaat-niet/overleggen", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  // The demo data has no meetings and the matrix cannot learn a real meeting id, so these use an
  // id that does not exist: 404 for everyone signed in (the integration tests cover real meetings).
  "app/(app)/initiatieven/[id]/overleggen/[meetingId]/page.tsx": [
    { path: `/initiatieven/${BREDA}/overleggen/bestaat-niet`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
  // A calendar client cannot follow a sign-in redirect: signed-out visitors get 404, like everyone
  // who may not see the meeting.
  "app/api/initiatieven/[id]/overleggen/[meetingId]/ics/route.ts": [
    { path: `/api/initiatieven/${BREDA}/overleggen/bestaat-niet/ics`, expected: all(404) },
  ],
  "app/(app)/taken/page.tsx": [{ path: "/taken", expected: all(200, { anoniem: SIGN_IN }) }],
};
