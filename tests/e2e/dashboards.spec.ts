// The oversight dashboards against the demo data: the SWV of Breda sees its region's three
// initiatives by phase, filters them with the keyboard and downloads the list as CSV; gemeente
// Breda sees its territory, its reviews and its commitments. axe on every view.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage, signIn } from "./support/session";

const phaseTable = (page: Page) => page.getByRole("table", { name: "Aantal initiatieven per fase" });
const countFor = (page: Page, phase: string) =>
  phaseTable(page)
    .getByRole("row", { name: new RegExp(`^${phase}\\b`) })
    .getByRole("cell");

test("the SWV dashboard shows the region by phase, filters with the keyboard and exports CSV", async ({ page }) => {
  await signIn(page, "swv@demo.test");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard van de regio" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Demo data: Made (Verkenning), Breda (Voorbereiding), Oosterhout (Borging); later journeys may add more.
  await expect(countFor(page, "Verkenning")).toHaveText(/^[1-9]\d*$/);
  await expect(countFor(page, "Borging")).toHaveText("1");
  const list = page.getByRole("table", { name: "Initiatieven", exact: true });
  for (const name of [
    "Samen naar School Breda – De Vlinderboom",
    "Samen naar School Made",
    "Samen naar School Oosterhout – De Zonnewijzer",
  ]) {
    await expect(list.getByRole("link", { name })).toBeVisible();
  }
  await expect(list).not.toContainText("Alkmaar");

  // Filter on phase with the keyboard only.
  await page.getByLabel("Fase", { exact: true }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown"); // past "Alle fasen" to the last: Borging
  await page.getByRole("button", { name: "Toepassen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/fase=BORGING/);
  await expect(page.getByRole("status").filter({ hasText: "gevonden" })).toHaveText("1 initiatief gevonden");
  await expect(list.getByRole("link")).toHaveText(["Samen naar School Oosterhout – De Zonnewijzer"]);
  await expectNoAxeViolations(page);

  // The CSV carries the same filter.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Initiatieven downloaden als CSV" }).click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString("utf8");
  expect(csv.split("\r\n")[0]).toBe(
    '\uFEFF"Naam","Fase","Scenario","School","Samenwerkingsverband","Gemeenten","Laatst bijgewerkt","Steun gevraagd op","Steunvraag"',
  );
  expect(csv).toContain('"Samen naar School Oosterhout – De Zonnewijzer","Borging"');
  expect(csv.trim().split("\r\n")).toHaveLength(2);

  // A bad address is no error: the defaults apply.
  await page.goto("/dashboard?fase=ONZIN&perPagina=99999&sorteer=%27");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard van de regio" })).toBeVisible();
});

test("the gemeente dashboard shows its territory, its reviews and its commitments; a school has none", async ({
  browser,
}) => {
  const gemeente = await signedInPage(browser, "gemeente@demo.test");
  await gemeente.goto("/dashboard");
  await expect(gemeente.getByRole("heading", { level: 1, name: "Dashboard van de gemeente" })).toBeVisible();
  const list = gemeente.getByRole("table", { name: "Initiatieven", exact: true });
  await expect(list.getByRole("link", { name: "Samen naar School Breda – De Vlinderboom" })).toBeVisible();
  await expect(list).not.toContainText("Made"); // Made lies in Drimmelen
  await expect(gemeente.getByRole("heading", { name: "Arrangementen die op uw goedkeuring wachten" })).toBeVisible();
  await expect(gemeente.getByRole("link", { name: "Naar de beoordelingen" })).toBeVisible();
  await expect(gemeente.getByRole("heading", { name: "Toegezegd uit Jeugdwet en Wmo" })).toBeVisible();
  await expectNoAxeViolations(gemeente);

  // On a phone: no horizontal page scroll.
  await gemeente.setViewportSize({ width: 375, height: 800 });
  expect(await gemeente.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  const school = await signedInPage(browser, "school@demo.test");
  await expect(
    school.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" }),
  ).toHaveCount(0);
  expect((await school.goto("/dashboard"))?.status()).toBe(404);
});
