// The children of an initiative, a child, and a child's edit page. In Breda, Noor's guardian is
// ouder@ and De Vlinderboom has consent for onderwijs; Daan's guardian is not a matrix account,
// and De Vlinderboom (onderwijs), Kinderzorg Baronie (zorg) and Gemeente Breda (financiering) have
// consent. Whoever sees a child through consent may not edit it (403); the rest do not see it (404).
import { ID } from "../../support/demo";
import { all, BREDA, type RouteEntries, SIGN_IN } from "./support";

const noor = `/initiatieven/${BREDA}/kinderen/${ID.noor}`;
const daan = `/initiatieven/${BREDA}/kinderen/${ID.daan}`;

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/kinderen/page.tsx": [
    // Everyone who sees the initiative sees its children's page (counts at least).
    { path: `/initiatieven/${BREDA}/kinderen`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    { path: "/initiatieven/bestaat-niet/kinderen", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(app)/initiatieven/[id]/kinderen/[kindId]/page.tsx": [
    { path: noor, expected: all(404, { anoniem: SIGN_IN, ouder: 200, school: 200 }) },
    { path: daan, expected: all(404, { anoniem: SIGN_IN, school: 200, zorg: 200, gemeente: 200 }) },
    // A child under another initiative's address does not exist there.
    { path: `/initiatieven/${ID.alkmaar}/kinderen/${ID.noor}`, expected: all(404, { anoniem: SIGN_IN }) },
    { path: `/initiatieven/${BREDA}/kinderen/bestaat-niet`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(app)/initiatieven/[id]/kinderen/[kindId]/bewerken/page.tsx": [
    { path: `${noor}/bewerken`, expected: all(404, { anoniem: SIGN_IN, ouder: 200, school: 403 }) },
    { path: `${daan}/bewerken`, expected: all(404, { anoniem: SIGN_IN, school: 403, zorg: 403, gemeente: 403 }) },
    { path: `/initiatieven/${BREDA}/kinderen/bestaat-niet/bewerken`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
};
