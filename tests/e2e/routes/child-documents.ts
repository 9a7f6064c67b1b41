// A child's documents page and download route, on the demo children (lib/seed/demo-children.ts).
// Noor: guardian ouder@demo.test, consent for De Vlinderboom (onderwijs) only. Daan: consents for
// De Vlinderboom, Kinderzorg Baronie (zorg) and Gemeente Breda (financiering). Everyone else who
// sees the initiative (the SWV, the steunpunt) gets 404, like a child that does not exist. That
// real documents download by scope is proven in tests/integration/child-documents.test.ts.
import { ID } from "../../support/demo";
import { ALKMAAR, all, BREDA, type RouteEntries, SIGN_IN } from "./support";

const documents = (initiative: string, child: string) => `/initiatieven/${initiative}/kinderen/${child}/documenten`;

export const routes: RouteEntries = {
  "app/(app)/initiatieven/[id]/kinderen/[kindId]/documenten/page.tsx": [
    { path: documents(BREDA, ID.noor), expected: all(404, { anoniem: SIGN_IN, ouder: 200, school: 200 }) },
    {
      path: documents(BREDA, ID.daan),
      expected: all(404, { anoniem: SIGN_IN, school: 200, zorg: 200, gemeente: 200 }),
    },
    // A child only exists under its own initiative.
    { path: documents(ALKMAAR, ID.noor), expected: all(404, { anoniem: SIGN_IN }) },
    { path: documents(BREDA, "bestaat-niet"), expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/api/initiatieven/[id]/kinderen/[kindId]/documenten/[documentId]/route.ts": [
    {
      path: `/api${documents(BREDA, ID.noor)}/bestaat-niet`,
      expected: all(404),
    },
  ],
};
