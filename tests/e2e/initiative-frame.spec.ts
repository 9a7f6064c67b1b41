// The frame around an initiative's pages (app/(app)/initiatieven/[id]/layout.tsx): one way
// back, the tabs with the current one marked, and each page's own level-1 heading.
import { expect, test, type Page } from "@playwright/test";
import { ID } from "../support/demo";
import { expectNoAxeViolations, signedInPage } from "./support/session";

const BASE = `/initiatieven/${ID.breda}`;
const tabs = (page: Page) => page.getByRole("navigation", { name: "Onderdelen van het initiatief" });

test("the tab of the page you are on is marked, on every tab page", async ({ browser }) => {
  const school = await signedInPage(browser, "school@demo.test");
  for (const [path, tab] of [
    ["", "Overzicht"],
    ["/overleggen", "Overleggen"],
    ["/randvoorwaarden", "Randvoorwaarden"],
    ["/arrangement", "Arrangement"],
    ["/activiteit", "Activiteit"],
  ] as const) {
    await school.goto(`${BASE}${path}`);
    await expect(tabs(school).locator("[aria-current]"), path || "/").toHaveCount(1);
    await expect(tabs(school).getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
    // The initiative's name is the page's one h1 on its tab pages.
    await expect(school.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(school.getByRole("link", { name: "Terug naar het overzicht" })).toHaveAttribute("href", "/");
  }
  await expectNoAxeViolations(school);

  // Moving between tabs in the browser (no full page load) moves the mark too.
  await tabs(school).getByRole("link", { name: "Overleggen" }).click();
  await expect(tabs(school).getByRole("link", { name: "Overleggen" })).toHaveAttribute("aria-current", "page");
  await expect(tabs(school).getByRole("link", { name: "Activiteit" })).not.toHaveAttribute("aria-current", /.*/);
});

test("a step page sits under the overview tab with its own heading and a way back", async ({ browser }) => {
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(BASE);
  const initiative = (await school.getByRole("heading", { level: 1 }).textContent())!.trim();
  await school.getByRole("region", { name: "Stappenplan" }).getByRole("link").first().click();
  await expect(school).toHaveURL(/\/stappen\/[a-z0-9]+$/);
  // Inside the section, not on its page: "true" rather than "page".
  await expect(tabs(school).getByRole("link", { name: "Overzicht" })).toHaveAttribute("aria-current", "true");
  await expect(school.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(school.getByRole("heading", { level: 1 })).not.toHaveText(initiative);
  await expectNoAxeViolations(school);
  await school.getByRole("link", { name: `Terug naar ${initiative}` }).click();
  await expect(school).toHaveURL(new RegExp(`${BASE}$`));
  await expect(school.getByRole("heading", { level: 1, name: initiative })).toBeVisible();
});

test("an initiative you may not see is not found, on every sub-page", async ({ browser }) => {
  const gemeente = await signedInPage(browser, "gemeente.alkmaar@demo.test");
  for (const path of ["", "/overleggen", "/arrangement/versies"]) {
    const response = await gemeente.goto(`${BASE}${path}`);
    expect(response?.status(), path || "/").toBe(404);
    await expect(tabs(gemeente)).toHaveCount(0);
  }
});
