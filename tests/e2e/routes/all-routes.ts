// Pages and route handlers of the foundation and the stappenplan.
import { ALKMAAR, all, BREDA, MADE, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(app)/page.tsx": [{ path: "/", expected: all(200, { anoniem: SIGN_IN }) }],
  "app/(app)/account/page.tsx": [{ path: "/account", expected: all(200, { anoniem: SIGN_IN }) }],
  // A parent's personal workspace has no organisation settings.
  "app/(app)/organisatie/page.tsx": [{ path: "/organisatie", expected: all(200, { anoniem: SIGN_IN, ouder: 404 }) }],
  "app/(app)/initiatieven/[id]/page.tsx": [
    { path: `/initiatieven/${BREDA}`, expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }) },
    {
      path: `/initiatieven/${ALKMAAR}`,
      expected: all(404, { anoniem: SIGN_IN, gemeenteAlkmaar: 200, steunpunt: 200 }),
    },
    // Made lies in the SWV Breda region: the SWV reads it, the Breda gemeente does not.
    { path: `/initiatieven/${MADE}`, expected: all(404, { anoniem: SIGN_IN, swv: 200, steunpunt: 200 }) },
    { path: "/initiatieven/bestaat-niet", expected: all(404, { anoniem: SIGN_IN }) },
  ],
  // Only parents and school staff start initiatives; for others the form does not exist.
  "app/(app)/initiatieven/nieuw/page.tsx": [
    { path: "/initiatieven/nieuw", expected: all(404, { anoniem: SIGN_IN, ouder: 200, school: 200 }) },
  ],
  "app/(app)/initiatieven/[id]/stappen/[stepId]/page.tsx": [
    {
      path: `/initiatieven/${BREDA}/stappen/{bredaStep}`,
      expected: all(200, { anoniem: SIGN_IN, gemeenteAlkmaar: 404 }),
    },
    // A step id only works under its own initiative.
    { path: `/initiatieven/${ALKMAAR}/stappen/{bredaStep}`, expected: all(404, { anoniem: SIGN_IN }) },
  ],
  "app/(auth)/inloggen/page.tsx": [{ path: "/inloggen", expected: all(SIGN_IN, { anoniem: 200 }) }],
  "app/(auth)/inloggen/link-verstuurd/page.tsx": [{ path: "/inloggen/link-verstuurd", expected: all(200) }],
  "app/(auth)/uitnodiging/[token]/page.tsx": [
    { path: "/uitnodiging/ongeldig-token-dat-niet-bestaat", expected: all(200) },
  ],
  "app/api/health/route.ts": [{ path: "/api/health", expected: all(200) }],
  "app/api/auth/[...nextauth]/route.ts": [{ path: "/api/auth/session", expected: all(200) }],
};
