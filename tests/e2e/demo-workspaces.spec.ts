import { expect, test, type Page } from "@playwright/test";
import { DEMO } from "../support/demo";
import { expectNoAxeViolations, signIn } from "./support/session";

/** The "n initiatieven" line above the list says at least this many. */
async function expectAtLeast(page: Page, atLeast: number) {
  const count = page.getByText(/^\d+ initiatie(f|ven)$/);
  await expect(count).toBeVisible();
  expect(Number.parseInt((await count.textContent()) ?? "", 10)).toBeGreaterThanOrEqual(atLeast);
}

// Each demo account lands in its own workspace and sees the seeded initiatives of that workspace.
// Other specs start initiatives of their own in the same database, so a workspace may list more
// than the seed put there: counts are a floor, the seeded initiatives must be among them.
const ACCOUNTS = [
  {
    email: "ouder@demo.test",
    heading: "Mijn initiatieven",
    workspace: "Persoonlijk (ouder)",
    sees: ["Samen naar School Breda"],
    atLeast: 1,
  },
  {
    email: "school@demo.test",
    heading: "Onze initiatieven",
    workspace: "Basisschool De Vlinderboom",
    sees: ["Samen naar School Breda"],
    atLeast: 1,
  },
  {
    email: "swv@demo.test",
    heading: "Initiatieven in onze regio",
    workspace: "Samenwerkingsverband Breda e.o.",
    sees: ["Samen naar School Breda"],
    atLeast: 3,
  },
  {
    email: "gemeente@demo.test",
    heading: "Initiatieven in onze gemeente",
    workspace: "Gemeente Breda",
    sees: ["Samen naar School Breda"],
    atLeast: 1,
  },
  {
    email: "gemeente.alkmaar@demo.test",
    heading: "Initiatieven in onze gemeente",
    workspace: "Gemeente Alkmaar",
    sees: ["Alkmaar"],
    atLeast: 1,
  },
  {
    email: "zorg@demo.test",
    heading: "Initiatieven waar wij aan meewerken",
    workspace: "Stichting Kinderzorg Baronie",
    sees: ["Samen naar School Breda"],
    atLeast: 2,
  },
  {
    email: "steunpunt@demo.test",
    heading: "Alle initiatieven",
    workspace: "Steunpunt",
    sees: ["Breda", "Alkmaar"],
    atLeast: 5,
  },
];

for (const account of ACCOUNTS) {
  test(`${account.email} lands in its own workspace`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.heading);
    await expect(page.getByRole("banner")).toContainText(account.workspace);
    await expectAtLeast(page, account.atLeast);
    const table = page.getByRole("table");
    for (const name of account.sees) await expect(table).toContainText(name);
    await expectNoAxeViolations(page);

    // The first initiative in the list opens with its phase and participants.
    await table.getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Voortgang door de fasen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Deelnemers" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Mijn account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
    await expectNoAxeViolations(page);

    if (account.email !== "ouder@demo.test") {
      await page.getByRole("link", { name: "Organisatie" }).click();
      await expect(page.getByRole("heading", { name: "Leden" })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test("gemeente Alkmaar gets a 404 for the Breda initiative", async ({ page }) => {
  await signIn(page, "gemeente.alkmaar@demo.test");
  const response = await page.goto(`/initiatieven/${DEMO.breda.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByText("Vlinderboom")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a parent who also works for a zorgaanbieder switches workspace", async ({ page }) => {
  await signIn(page, "ouder.zorg@demo.test");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn initiatieven");
  await page
    .getByLabel("Wissel van werkruimte")
    .selectOption({ label: "Stichting Kinderzorg Baronie (Zorgaanbieder)" });
  await page.getByRole("button", { name: "Wisselen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven waar wij aan meewerken");
  await expectAtLeast(page, 2);
});

test("the sign-in page works with the keyboard alone and explains a wrong password", async ({ page }) => {
  await page.goto("/inloggen");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(page.locator("#email")).toBeFocused();
  await page.keyboard.type("school@demo.test");
  await page.keyboard.press("Tab");
  await expect(page.locator("#password")).toBeFocused();
  await page.keyboard.type("niet-het-goede-wachtwoord");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "klopt niet" })).toHaveText(
    "Het e-mailadres of wachtwoord klopt niet.",
  );
  await expectNoAxeViolations(page);
});

test("on a phone the home page has no horizontal page scroll and passes axe", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "swv@demo.test");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
