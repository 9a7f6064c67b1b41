// Two people edit the same step at once: the second save is shown as a conflict with both
// versions, nothing is overwritten, and keeping one's own version is an explicit choice.
// The parent starts an initiative of their own for it, with the school taking part.
import { expect, test } from "@playwright/test";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signIn } from "./support/session";

test("a stale save shows both versions and overwrites nothing", async ({ browser }) => {
  const school = await (await browser.newContext()).newPage();
  const parent = await (await browser.newContext()).newPage();
  await signIn(school, "school@demo.test");
  await signIn(parent, "ouder@demo.test");
  const initiative = await startInitiative(parent, {
    name: uniqueName("Samen naar School Haagse Beemden"),
    participants: ["Basisschool De Vlinderboom"],
  });
  for (const page of [school, parent]) {
    await page.goto(initiative);
    await page
      .getByRole("region", { name: "Stappenplan" })
      .getByRole("link", { name: "Informeer en creëer commitment" })
      .click();
    await expect(page.getByLabel("Aantekeningen")).toBeVisible();
  }

  await school.getByLabel("Aantekeningen").fill("Bestuur bespreekt beide scenario's op 12 maart.");
  await school.getByRole("button", { name: "Opslaan" }).click();
  await expect(school.getByText("De stap is opgeslagen.")).toBeVisible();

  await parent.getByLabel("Aantekeningen").fill("Wij hebben een voorkeur voor scenario 1.");
  await parent.getByRole("button", { name: "Opslaan" }).click();
  const conflict = parent.getByRole("alert").filter({ hasText: "Iemand anders heeft deze stap intussen gewijzigd" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Bestuur bespreekt beide scenario's op 12 maart.");
  await expect(conflict).toContainText("Wij hebben een voorkeur voor scenario 1.");
  await expectNoAxeViolations(parent);

  // Nothing was overwritten: the school's text is what is saved.
  await school.reload();
  await expect(school.getByLabel("Aantekeningen")).toHaveValue("Bestuur bespreekt beide scenario's op 12 maart.");

  // The parent keeps their own version, knowingly.
  await parent.getByRole("button", { name: "Mijn versie opslaan" }).click();
  await expect(parent.getByText("De stap is opgeslagen.")).toBeVisible();
  await school.reload();
  await expect(school.getByLabel("Aantekeningen")).toHaveValue("Wij hebben een voorkeur voor scenario 1.");
});
