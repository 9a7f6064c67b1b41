// The arrangement pages of an initiative. Everyone who sees the Breda initiative reads its arrangement;
// the concept editor exists only for its editors (participants, not readers or overseers).
import { all, BREDA, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/arrangement/page.tsx": [
    { path: `/initiatieven/${BREDA}/arrangement`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    { path: "/initiatieven/bestaat-niet/arrangement", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  // Editors of the Breda initiative: ouder, school, swv, gemeente, zorg. Steunpunt only oversees it; Alkmaar does not see it.
  "app/(app)/initiatieven/[id]/arrangement/bewerken/page.tsx": [
    {
      path: `/initiatieven/${BREDA}/arrangement/bewerken`,
      expected: all(200, { anoniem: SIGN_IN, steunpunt: 404, gemeenteAlkmaar: 404 }),
    },
  ],
  "app/(app)/initiatieven/[id]/arrangement/versies/page.tsx": [
    {
      path: `/initiatieven/${BREDA}/arrangement/versies`,
      expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }),
    },
  ],
};
