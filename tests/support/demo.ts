// Named lookups into the demo data (lib/seed/demo-data.ts), for tests whose point is the demo
// world: they name an initiative, organisation or account the way a person would, and the id
// comes from the seed's own constants instead of being pasted into the test.
import { CHILDREN } from "../../lib/seed/demo-children";
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

/** The demo child with this display name (e.g. "Noor"). */
export function demoChild(displayName: string) {
  return only(
    CHILDREN.filter((c) => c.displayName === displayName),
    `child named ${displayName}`,
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

/** Ids of the demo rows the integration tests read, each found by its name or e-mail. */
export const ID = {
  get breda() {
    return DEMO.breda.id;
  },
  get alkmaar() {
    return DEMO.alkmaar.id;
  },
  get made() {
    return DEMO.made.id;
  },
  get heiloo() {
    return DEMO.heiloo.id;
  },
  get oosterhout() {
    return DEMO.oosterhout.id;
  },
  get gemeenteBreda() {
    return demoOrganisation("Gemeente Breda").id;
  },
  get gemeenteAlkmaar() {
    return demoOrganisation("Gemeente Alkmaar").id;
  },
  get gemeenteOosterhout() {
    return demoOrganisation("Gemeente Oosterhout").id;
  },
  get gemeenteDrimmelen() {
    return demoOrganisation("Gemeente Drimmelen").id;
  },
  get swvBreda() {
    return demoOrganisation("Samenwerkingsverband Breda e.o.").id;
  },
  get swvAlkmaar() {
    return demoOrganisation("Samenwerkingsverband Passend Onderwijs Alkmaar e.o.").id;
  },
  get vlinderboom() {
    return demoOrganisation("Basisschool De Vlinderboom").id;
  },
  get klimop() {
    return demoOrganisation("Openbare Basisschool De Klimop").id;
  },
  get windwijzer() {
    return demoOrganisation("Basisschool De Windwijzer").id;
  },
  get markdal() {
    return demoOrganisation("Stichting Openbaar Onderwijs Markdal").id;
  },
  get kinderzorgBaronie() {
    return demoOrganisation("Stichting Kinderzorg Baronie").id;
  },
  get zorgkantoorWestBrabant() {
    return demoOrganisation("Zorgkantoor West-Brabant (demo)").id;
  },
  get ouder() {
    return demoUser("ouder@demo.test").id;
  },
  get ouderZorg() {
    return demoUser("ouder.zorg@demo.test").id;
  },
  get ouderAlkmaar() {
    return demoUser("ouder.alkmaar@demo.test").id;
  },
  get school() {
    return demoUser("school@demo.test").id;
  },
  get stichting() {
    return demoUser("stichting@demo.test").id;
  },
  get noor() {
    return demoChild("Noor").id;
  },
  get daan() {
    return demoChild("Daan").id;
  },
  get mila() {
    return demoChild("Mila").id;
  },
  get jesse() {
    return demoChild("Jesse").id;
  },
};
