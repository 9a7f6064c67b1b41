// Joining is mutual: an organisation added to an initiative is invited, sees nothing of it until
// a beheerder accepts, and after declining is as if it was never asked.
import { expect, test } from "@playwright/test";
import { invitationRow, startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

test("a gemeente that is invited sees nothing until it accepts, and declining keeps it out", async ({ browser }) => {
  const name = uniqueName("Samen naar School Boeimeer");
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, { name });

  // The parent invites Gemeente Alkmaar: it shows as "Uitgenodigd" among the participants.
  await parent.getByLabel("Organisatie toevoegen").selectOption({ label: "Gemeente Alkmaar" });
  await parent.getByRole("button", { name: "Toevoegen" }).click();
  await expect(parent.getByText("Gemeente Alkmaar is uitgenodigd.")).toBeVisible();
  await parent.reload();
  const row = parent
    .getByRole("table", { name: "Deelnemers" })
    .getByRole("row")
    .filter({ hasText: "Gemeente Alkmaar" });
  await expect(row).toContainText("Uitgenodigd");
  await expect(row.getByRole("button", { name: "Verwijderen" })).toBeVisible();
  await expectNoAxeViolations(parent);

  // Alkmaar's beheerder cannot open the initiative yet; the invitation waits on the home page.
  const alkmaar = await signedInPage(browser, "gemeente.alkmaar@demo.test");
  expect((await alkmaar.goto(initiative))?.status()).toBe(404);
  await alkmaar.goto("/");
  const invitation = invitationRow(alkmaar, name);
  await expect(invitation).toContainText("Uitgenodigd door Sanne de Vries");
  await expect(invitation.getByRole("button", { name: "Meedoen" })).toBeVisible();
  await expectNoAxeViolations(alkmaar);

  // Declining asks first; cancelling changes nothing.
  await invitation.getByRole("button", { name: "Afwijzen" }).click();
  const dialog = alkmaar.getByRole("dialog", { name: `Uitnodiging voor ${name} afwijzen?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(alkmaar);
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog).toBeHidden();
  await expect(invitation).toHaveCount(1);
  await invitation.getByRole("button", { name: "Afwijzen" }).click();
  await dialog.getByRole("button", { name: "Ja, afwijzen" }).click();
  await expect(invitation).toHaveCount(0);

  // Declined is as if never asked: still 404, and the parent no longer lists Alkmaar.
  expect((await alkmaar.goto(initiative))?.status()).toBe(404);
  await parent.reload();
  await expect(parent.getByRole("table", { name: "Deelnemers" })).not.toContainText("Gemeente Alkmaar");
});
