// Named lookups into the demo data (lib/seed/demo-data.ts), for tests whose point is the demo
// world: they name an initiative, organisation or account the way a person would, and the id
// comes from the seed's own constants instead of being pasted into the test.
import { INITIATIVES, ORGANISATIONS, USERS } from "../../lib/seed/demo-data";

function only<T>(found: T[], what: string): T {
  if (found.length !== 1) throw new Error(`demo data: expected one ${what}, found ${found.length}`);
  return found[0]!;
}

/** The demo initiative whose name starts with this text (e.g. "Samen naar School Breda"). */
export function demoInitiative(name: string) {
  return only(
    INITIATIVES.filter((i) => i.name.startsWith(name)),
    `initiative named ${name}…`,
  );
}

/** The demo organisation with exactly this name (e.g. "Gemeente Breda"). */
export function demoOrganisation(name: string) {
  return only(
    ORGANISATIONS.filter((o) => o.name === name),
    `organisation named ${name}`,
  );
}

/** The demo account with this e-mail address. */
export function demoUser(email: string) {
  return only(
    USERS.filter((u) => u.email === email),
    `user ${email}`,
  );
}

/** The initiatives and organisations the tests talk about most, looked up once by name. */
export const DEMO = {
  get breda() {
    return demoInitiative("Samen naar School Breda – De Vlinderboom");
  },
  get alkmaar() {
    return demoInitiative("Klas op Wielen Alkmaar");
  },
  get made() {
    return demoInitiative("Samen naar School Made");
  },
  get heiloo() {
    return demoInitiative("Samen naar School Heiloo");
  },
  get oosterhout() {
    return demoInitiative("Samen naar School Oosterhout");
  },
};
