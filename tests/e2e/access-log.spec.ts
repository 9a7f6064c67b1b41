// NEN 7513 as a parent meets it: the school opens Noor's page (it holds consent for onderwijs);
// Noor's parent then finds that visit under "Wie heeft meegekeken", in plain Dutch and
// filterable. The school itself may not see that list, but its beheerder sees what the school's
// people looked at. axe finds nothing on either page.
import { expect, test } from "@playwright/test";
import { ID } from "../support/demo";
import { expectNoAxeViolations, signedInPage } from "./support/session";
import { BREDA } from "./routes/support";

const CHILD_PAGE = `/initiatieven/${BREDA}/kinderen/${ID.noor}`;

test("the school's visit to Noor's page shows under 'Wie heeft meegekeken' for her parent", async ({ browser }) => {
  // The child page is the children-pages branch's; it reads through the logged loader.
  const school = await signedInPage(browser, "school@demo.test");
  expect((await school.goto(CHILD_PAGE))?.status()).toBe(200);

  const parent = await signedInPage(browser, "ouder@demo.test");
  expect((await parent.goto(`${CHILD_PAGE}/meegekeken`))?.status()).toBe(200);
  await expect(parent.getByRole("heading", { name: "Wie heeft meegekeken bij Noor" })).toBeVisible();
  const list = parent.getByRole("region", { name: "Vastgelegde toegang" });
  await expect(
    list.getByRole("listitem").filter({ hasText: "Mark van den Berg (Basisschool De Vlinderboom, beheerder)" }).first(),
  ).toContainText("heeft de gegevens bekeken — ");
  await expectNoAxeViolations(parent);

  // Filter by organisation and by what was done; the choice lands in the address.
  await parent.getByLabel("Organisatie").selectOption({ label: "Basisschool De Vlinderboom" });
  await parent.getByLabel("Wat").selectOption({ label: "Geëxporteerd" });
  await parent.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(parent).toHaveURL(/organisatie=.*actie=EXPORT/);
  await expect(parent.getByText("Niets gevonden met deze filters.")).toBeVisible();
  await parent.getByLabel("Wat").selectOption({ label: "Bekeken" });
  await parent.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(list.getByRole("listitem").first()).toContainText("Basisschool De Vlinderboom");
  await expectNoAxeViolations(parent);

  // The school looked, but the list of who looked is the parents' alone.
  expect((await school.goto(`${CHILD_PAGE}/meegekeken`))?.status()).toBe(404);

  // The school's beheerder sees the visit among the organisation's accesses.
  await school.goto("/organisatie");
  await school.getByRole("link", { name: "Bekijk wie namens de organisatie gegevens heeft ingezien" }).click();
  await expect(school.getByRole("heading", { level: 1, name: "Toegang tot gegevens" })).toBeVisible();
  const table = school.getByRole("table", { name: "Vastgelegde toegang" });
  await expect(
    table
      .getByRole("row")
      .filter({ hasText: "Mark van den Berg" })
      .filter({ hasText: "Gegevens van een kind" })
      .first(),
  ).toContainText("Bekeken");
  await expectNoAxeViolations(school);
});
