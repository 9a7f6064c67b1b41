// A child's erasure page: its guardians only. Everyone else gets 404, also an organisation that
// sees the child through consent (De Vlinderboom sees Noor for onderwijs).
import { ID } from "../../support/demo";
import { ALKMAAR, all, BREDA, type RouteEntries, SIGN_IN } from "./support";

const page = "gegevens-wissen";

export const routes: RouteEntries = {
  [`app/(app)/initiatieven/[id]/kinderen/[kindId]/${page}/page.tsx`]: [
    // Sanne is Noor's guardian.
    {
      path: `/initiatieven/${BREDA}/kinderen/${ID.noor}/${page}`,
      expected: all(404, { anoniem: SIGN_IN, ouder: 200 }),
    },
    // Daan's guardian is Linda; nobody in the matrix.
    { path: `/initiatieven/${BREDA}/kinderen/${ID.daan}/${page}`, expected: all(404, { anoniem: SIGN_IN }) },
    // A child id only works under its own initiative.
    { path: `/initiatieven/${ALKMAAR}/kinderen/${ID.noor}/${page}`, expected: all(404, { anoniem: SIGN_IN }) },
    { path: `/initiatieven/${BREDA}/kinderen/bestaat-niet/${page}`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
};
