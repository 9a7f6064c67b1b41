// The children of an initiative, a child, and a child's edit page.
import { all, BREDA, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/kinderen/page.tsx": [
    // Everyone who sees the initiative sees its children's page (counts at least).
    { path: `/initiatieven/${BREDA}/kinderen`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    { path: "/initiatieven/bestaat-niet/kinderen", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(app)/initiatieven/[id]/kinderen/[kindId]/page.tsx": [
    { path: `/initiatieven/${BREDA}/kinderen/bestaat-niet`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(app)/initiatieven/[id]/kinderen/[kindId]/bewerken/page.tsx": [
    { path: `/initiatieven/${BREDA}/kinderen/bestaat-niet/bewerken`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
};
