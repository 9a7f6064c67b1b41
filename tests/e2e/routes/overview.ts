// The randvoorwaarden and activity pages of an initiative: whoever sees the initiative sees them.
import { ALKMAAR, all, BREDA, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/randvoorwaarden/page.tsx": [
    { path: `/initiatieven/${BREDA}/randvoorwaarden`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    {
      path: `/initiatieven/${ALKMAAR}/randvoorwaarden`,
      expected: all(404, { anoniem: SIGN_IN, gemeenteAlkmaar: 200, steunpunt: 200 }),
    },
    { path: "/initiatieven/bestaat-niet/randvoorwaarden", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(app)/initiatieven/[id]/activiteit/page.tsx": [
    { path: `/initiatieven/${BREDA}/activiteit`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    // A malformed cursor shows the newest activity rather than failing.
    {
      path: `/initiatieven/${BREDA}/activiteit?voor=kapot`,
      expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }),
    },
    {
      path: `/initiatieven/${ALKMAAR}/activiteit`,
      expected: all(404, { anoniem: SIGN_IN, gemeenteAlkmaar: 200, steunpunt: 200 }),
    },
  ],
};
