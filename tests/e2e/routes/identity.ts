// Sign-up and password reset: pages for people without a session. Sign-up sends someone already
// signed in home; the "sent" pages and the link pages answer everyone alike (an unknown link
// shows that it no longer works).
import { all, type RouteEntries, SIGN_IN } from "./support";

export const routes: RouteEntries = {
  "app/(auth)/registreren/page.tsx": [{ path: "/registreren", expected: all(SIGN_IN, { anoniem: 200 }) }],
  "app/(auth)/registreren/verstuurd/page.tsx": [{ path: "/registreren/verstuurd", expected: all(200) }],
  "app/(auth)/registreren/bevestigen/[token]/page.tsx": [
    { path: "/registreren/bevestigen/ongeldig-token-dat-niet-bestaat", expected: all(200) },
  ],
  "app/(auth)/wachtwoord-vergeten/page.tsx": [{ path: "/wachtwoord-vergeten", expected: all(200) }],
  "app/(auth)/wachtwoord-vergeten/verstuurd/page.tsx": [{ path: "/wachtwoord-vergeten/verstuurd", expected: all(200) }],
  "app/(auth)/wachtwoord-herstellen/[token]/page.tsx": [
    { path: "/wachtwoord-herstellen/ongeldig-token-dat-niet-bestaat", expected: all(200) },
  ],
};
