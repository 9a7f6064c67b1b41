// The parents approve an arrangement per child, in the demo Breda initiative: Noor's guardian
// (ouder@) approves for Noor only, a parent who is no guardian (ouder.zorg@, who works for the
// zorgaanbieder) has nothing to approve, the school reads whose parents it still waits for, and
// when Daan's guardian (stichting@) approves too, the arrangement is vastgesteld and its PDF
// downloads. axe on every page and dialog.
import { expect, test, type Page } from "@playwright/test";
import { DEMO } from "../support/demo";
import { expectNoAxeViolations, signedInPage } from "./support/session";

const ARRANGEMENT = `/initiatieven/${DEMO.breda.id}/arrangement`;

async function approve(page: Page, button: string, confirm: string) {
  await page.goto(ARRANGEMENT);
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: confirm }).click();
}

test("a guardian of every child approves for the parents, each for their own child", async ({ browser }) => {
  test.setTimeout(180_000);

  // The school drafts a one-line arrangement (paid by its board) and offers it for review.
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(ARRANGEMENT);
  await school.getByRole("link", { name: "Nieuw arrangement" }).click();
  await school.getByLabel("Scenario").selectOption({ index: 1 });
  await school.getByLabel("Eerste dag").fill("2027-08-01");
  await school.getByLabel("Laatste dag").fill("2028-07-31");
  await school.getByLabel("Aantal kinderen in de groep").fill("2");
  const row = school.getByRole("group", { name: "Regel 1", exact: true });
  await row.getByLabel("Onderdeel").selectOption({ label: "Onderwijs" });
  await row.getByLabel("Omschrijving").fill("Leerkracht en onderwijsassistent voor de groep");
  await row.getByLabel("Financieringsstroom").selectOption({ label: "Onderwijsbekostiging school" });
  await row.getByLabel("Betaler").selectOption({ label: "Stichting Openbaar Onderwijs Markdal" });
  await row.getByLabel("Uitvoerder").selectOption({ label: "Basisschool De Vlinderboom" });
  await row.getByLabel("Uren per week").fill("26");
  await row.getByLabel("Bedrag per jaar").fill("95000");
  await row.getByLabel("Onderbouwing").fill("Onderwijs in de groep is een taak van het schoolbestuur.");
  await school.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(school).toHaveURL(new RegExp(`${ARRANGEMENT}$`));
  await school.getByRole("button", { name: "Ter beoordeling aanbieden" }).click();
  await expect(school.getByText("Het arrangement is ter beoordeling aangeboden.")).toBeVisible();
  await expect(school.getByText("Wacht op ouders van: Noor, Daan")).toBeVisible();

  // A parent participant who is no guardian has nothing to approve.
  const ouderZorg = await signedInPage(browser, "ouder.zorg@demo.test");
  await ouderZorg.goto(ARRANGEMENT);
  await expect(ouderZorg.getByRole("main")).toContainText("Ter beoordeling");
  await expect(ouderZorg.getByRole("button", { name: /Goedkeuren/ })).toHaveCount(0);

  // Noor's guardian approves for Noor, and only for Noor (she may not see Daan: a count).
  const ouder = await signedInPage(browser, "ouder@demo.test");
  await ouder.goto(ARRANGEMENT);
  await expect(ouder.getByRole("button", { name: /Goedkeuren/ })).toHaveCount(1);
  await approve(ouder, "Goedkeuren voor Noor", "Ja, versie 1 goedkeuren voor Noor");
  await expect(ouder.getByText("Uw goedkeuring van versie 1 is vastgelegd.")).toBeVisible();
  await ouder.goto(ARRANGEMENT);
  await expect(ouder.getByText("Wacht op ouders van 1 kind")).toBeVisible();
  await expectNoAxeViolations(ouder);

  // The board approves; the school sees who approved for Noor and that Daan's parents are awaited.
  await approve(await signedInPage(browser, "bestuur@demo.test"), "Goedkeuren", "Ja, versie 1 goedkeuren");
  await school.goto(ARRANGEMENT);
  const perChild = school.getByRole("list", { name: "Goedkeuring van de ouders per kind" });
  await expect(perChild.getByRole("listitem").filter({ hasText: "Noor" })).toContainText("Sanne de Vries");
  await expect(perChild.getByRole("listitem").filter({ hasText: "Daan" })).toContainText("Wacht op goedkeuring");
  await expect(school.getByText("Wacht op ouders van: Daan")).toBeVisible();
  await expectNoAxeViolations(school);

  // Daan's guardian approves for Daan, in her personal workspace: vastgesteld.
  const stichting = await signedInPage(browser, "stichting@demo.test");
  await approve(stichting, "Goedkeuren voor Daan", "Ja, versie 1 goedkeuren voor Daan");
  await expect(stichting.getByText("Alle partijen hebben goedgekeurd: het arrangement is vastgesteld.")).toBeVisible();

  // Vastgesteld: the PDF downloads.
  await school.goto(ARRANGEMENT);
  await expect(school.getByRole("main")).toContainText("Vastgesteld");
  await expectNoAxeViolations(school);
  const download = school.waitForEvent("download");
  await school.getByRole("link", { name: "Vastgesteld arrangement downloaden (PDF)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
