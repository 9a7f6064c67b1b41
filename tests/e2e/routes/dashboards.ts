// The oversight dashboards: only SWV, gemeente and steunpunt workspaces have one. Bad filter
// values in the address fall back to defaults (200, never 500). The CSV exports follow the
// same rule; a download has no sign-in page, so signed-out visitors get 404.
import { all, SIGN_IN, type RouteEntries } from "./support";

const overseers = { swv: 200, gemeente: 200, gemeenteAlkmaar: 200, steunpunt: 200 };

export const routes: RouteEntries = {
  "app/(app)/dashboard/page.tsx": [
    { path: "/dashboard", expected: all(404, { anoniem: SIGN_IN, ...overseers }) },
    {
      path: "/dashboard?fase=ONZIN&sorteer=%27%3B--&pagina=-4&perPagina=100000&stilDagen=abc&gemeente=%3Cx%3E",
      expected: all(404, { anoniem: SIGN_IN, ...overseers }),
    },
  ],
  "app/api/dashboard/[lijst]/route.ts": [
    { path: "/api/dashboard/initiatieven?fase=UITVOERING", expected: all(404, overseers) },
    { path: "/api/dashboard/stilstaand", expected: all(404, overseers) },
    { path: "/api/dashboard/steunvragen", expected: all(404, overseers) },
    { path: "/api/dashboard/bestaat-niet", expected: all(404) },
  ],
};
