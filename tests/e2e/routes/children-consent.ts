// A child's consent and parents pages: its guardians only. Everyone else gets 404, also an
// organisation that sees the child through consent, and whoever may not see the initiative.
import { all, BREDA, type RouteEntries, SIGN_IN } from "./support";

const guardianPages = ["toestemming", "ouders"] as const;

export const routes: RouteEntries = Object.fromEntries(
  guardianPages.map((page) => [
    `app/(app)/initiatieven/[id]/kinderen/[kindId]/${page}/page.tsx`,
    [{ path: `/initiatieven/${BREDA}/kinderen/bestaat-niet/${page}`, expected: all(404, { anoniem: SIGN_IN }) }],
  ]),
);
