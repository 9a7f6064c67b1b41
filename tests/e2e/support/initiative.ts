// A spec that changes an initiative works on one it starts itself, through the UI, so no spec
// depends on what another left behind in the shared e2e database (the demo data stays as seeded
// for the specs that only read it).
import { expect, type Page } from "@playwright/test";

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
  for (const organisation of initiative.participants ?? []) {
    await page.getByLabel("Organisatie toevoegen").selectOption({ label: organisation });
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText(`${organisation} doet nu mee.`)).toBeVisible();
  }
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/initiatieven\/[^/]+$/);
  return path;
}
