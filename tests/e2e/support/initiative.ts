// A spec that changes an initiative works on one it starts itself, through the UI, so no spec
// depends on what another left behind in the shared e2e database (the demo data stays as seeded
// for the specs that only read it).
import { expect, type Page } from "@playwright/test";
import { signedInPage } from "./session";

/** The demo beheerder who answers invitations for each organisation the specs bring in. */
const BEHEERDER_OF: Record<string, string> = {
  "Basisschool De Vlinderboom": "school@demo.test",
  "Stichting Openbaar Onderwijs Markdal": "bestuur@demo.test",
  "Samenwerkingsverband Breda e.o.": "swv@demo.test",
  "Gemeente Breda": "gemeente@demo.test",
  "Gemeente Alkmaar": "gemeente.alkmaar@demo.test",
  "Stichting Kinderzorg Baronie": "zorg@demo.test",
};

/** A name no other spec or earlier attempt uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

type NewInitiative = {
  name: string;
  gemeente?: string;
  school?: string;
  /** Organisations to bring in after starting, by name as the "Organisatie toevoegen" list shows them. */
  participants?: string[];
};

/**
 * Starts an initiative as the signed-in parent (personal workspace) and brings in the given
 * organisations. Leaves the page on the new initiative and returns its path.
 */
export async function startInitiative(page: Page, initiative: NewInitiative): Promise<string> {
  await page.goto("/initiatieven/nieuw");
  await page.getByLabel("Naam van het initiatief").fill(initiative.name);
  await page.getByLabel("Voor wie is het? (doelgroep)").fill("Zes kinderen met een ernstig meervoudige beperking");
  await page.getByLabel("Waarom? Wat levert het op ten opzichte van nu?").fill("Naar school in de eigen wijk");
  await page.getByLabel("Wat is er nodig?").fill("Een lokaal met verzorgingsruimte en twee begeleiders");
  await page.getByLabel("Gemeente").selectOption({ label: initiative.gemeente ?? "Gemeente Breda" });
  await page
    .getByLabel("School", { exact: true })
    .selectOption({ label: initiative.school ?? "Basisschool De Vlinderboom" });
  await page.getByRole("button", { name: "Initiatief starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: initiative.name })).toBeVisible();
  await addOrganisations(page, initiative.name, initiative.participants ?? []);
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/initiatieven\/[^/]+$/);
  return path;
}

/**
 * On the initiative's page: invites each organisation and has its demo beheerder accept ("Meedoen"
 * on their workspace home, in a browser context of their own), so it takes part.
 */
export async function addOrganisations(page: Page, initiativeName: string, organisations: string[]) {
  for (const organisation of organisations) {
    await page.getByLabel("Organisatie toevoegen").selectOption({ label: organisation });
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText(`${organisation} is uitgenodigd.`)).toBeVisible();
  }
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to sign the beheerders in");
  for (const organisation of organisations) {
    const email = BEHEERDER_OF[organisation];
    if (!email) throw new Error(`no demo beheerder known for ${organisation}`);
    const beheerder = await signedInPage(browser, email);
    await acceptInvitation(beheerder, initiativeName);
    await beheerder.context().close();
  }
}

/** The invitation to this initiative in the "Uitnodigingen om mee te doen" panel of the page's workspace home. */
export function invitationRow(page: Page, initiativeName: string) {
  return page
    .getByRole("region", { name: "Uitnodigingen om mee te doen" })
    .getByRole("listitem")
    .filter({ hasText: initiativeName });
}

/** As a beheerder signed in on the workspace home: accepts the invitation to this initiative. */
export async function acceptInvitation(page: Page, initiativeName: string) {
  await page.goto("/");
  const row = invitationRow(page, initiativeName);
  await row.getByRole("button", { name: "Meedoen" }).click();
  // Answered: the invitation leaves the panel.
  await expect(row).toHaveCount(0);
}
