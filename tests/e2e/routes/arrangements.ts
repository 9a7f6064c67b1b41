// The arrangement pages of an initiative. Everyone who sees ini_breda reads its arrangement;
// the concept editor exists only for its editors (participants, not readers or overseers).
import { all, SIGN_IN, type RouteEntries } from "./support";

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/arrangement/page.tsx": [
    { path: "/initiatieven/ini_breda/arrangement", expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    { path: "/initiatieven/bestaat-niet/arrangement", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  // Editors of ini_breda: ouder, school, swv, gemeente, zorg. Steunpunt only oversees it; Alkmaar does not see it.
  "app/(app)/initiatieven/[id]/arrangement/bewerken/page.tsx": [
    {
      path: "/initiatieven/ini_breda/arrangement/bewerken",
      expected: all(200, { anoniem: SIGN_IN, steunpunt: 404, gemeenteAlkmaar: 404 }),
    },
  ],
  "app/(app)/initiatieven/[id]/arrangement/versies/page.tsx": [
    {
      path: "/initiatieven/ini_breda/arrangement/versies",
      expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }),
    },
  ],
};
