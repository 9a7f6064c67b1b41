// Pages for everyone, signed in or not.
import { all, type RouteEntries } from "./support";

export const routes: RouteEntries = {
  "app/(auth)/toegankelijkheid/page.tsx": [{ path: "/toegankelijkheid", expected: all(200) }],
};
