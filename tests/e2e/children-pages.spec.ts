// A parent's children's pages: adding a child (a bad birth year is refused on the field, nothing
// saved), recording its TLV on the edit page and seeing it on the child's page; a second tab that
// saves over the newer version gets a conflict, not an overwrite. axe checks every page on the way.
import { expect, test } from "@playwright/test";
import { ID } from "../support/demo";
import { startInitiative, uniqueName } from "./support/initiative";
import { expectNoAxeViolations, signedInPage } from "./support/session";

test("a parent adds a child, records its TLV and sees it", async ({ browser }) => {
  test.setTimeout(120_000); // starts an initiative first, and runs axe on five pages
  const parent = await signedInPage(browser, "ouder@demo.test");
  const initiative = await startInitiative(parent, { name: uniqueName("Samen naar School Kinderen") });

  await parent
    .getByRole("navigation", { name: "Onderdelen van het initiatief" })
    .getByRole("link", { name: "Kinderen" })
    .click();
  await expect(parent).toHaveURL(new RegExp(`${initiative}/kinderen$`));
  const counts = parent.getByRole("region", { name: "In aantallen" });
  await expect(counts).toContainText("Nog geen kinderen");
  await expect(parent.getByText("Geen kinderen om in te zien")).toBeVisible();
  await expectNoAxeViolations(parent);

  // An impossible birth year: a Dutch message on the field, and nothing saved.
  await parent.getByLabel("Naam (voornaam of initialen)").fill("Sem");
  await parent.getByLabel("Geboortejaar").fill("1990");
  await parent.getByRole("button", { name: "Kind toevoegen" }).click();
  await expect(parent.getByText("Vul een geboortejaar in tussen 2000 en dit jaar.").first()).toBeVisible();
  await expect(parent.getByLabel("Geboortejaar")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(parent);
  await parent.reload();
  await expect(counts).toContainText("Nog geen kinderen");

  await parent.getByLabel("Naam (voornaam of initialen)").fill("Sem");
  await parent.getByLabel("Geboortejaar").fill("2019");
  await parent.getByRole("button", { name: "Kind toevoegen" }).click();
  await expect(parent.getByText("Het kind is toegevoegd.")).toBeVisible();
  const table = parent.getByRole("table", { name: /Kinderen van .* die u mag inzien/ });
  await expect(table.getByRole("row").filter({ hasText: "Sem" })).toContainText("2019");
  await expect(counts).toContainText("1 kind, 0 met TLV");
  await expectNoAxeViolations(parent);

  // The child's own page: all parts, for its guardian.
  await table.getByRole("link", { name: "Sem" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Sem" })).toBeVisible();
  await expect(parent.getByText("Geboren in 2019")).toBeVisible();
  await expect(parent.getByRole("link", { name: "Toestemming" })).toBeVisible();
  await expectNoAxeViolations(parent);
  const childUrl = parent.url();

  // A second tab opens the editor before the first one saves.
  const other = await parent.context().newPage();
  await other.goto(`${childUrl}/bewerken`);

  await parent.getByRole("link", { name: "Gegevens wijzigen" }).click();
  await expect(parent.getByRole("heading", { level: 1, name: "Sem: gegevens wijzigen" })).toBeVisible();
  await expectNoAxeViolations(parent);
  await parent.getByLabel("Status van de TLV").selectOption({ label: "Toegekend" });
  await parent.getByLabel("Categorie van de TLV").selectOption({ label: "Hoog" });
  await parent.getByLabel("TLV geldig vanaf").fill("2026-08-01");
  await parent.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(parent.getByText("De gegevens zijn opgeslagen.")).toBeVisible();

  // The other tab's save is refused with a Dutch message; what the first saved stays.
  await other.getByLabel("Status van de TLV").selectOption({ label: "Afgewezen" });
  await other.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(other.getByText("Iemand anders heeft deze gegevens intussen gewijzigd.")).toBeVisible();
  await expectNoAxeViolations(other);
  await other.close();

  await parent.getByRole("link", { name: "Terug naar Sem" }).click();
  const tlv = parent.getByRole("region", { name: "Toelaatbaarheidsverklaring (TLV)" });
  await expect(tlv).toContainText("Toegekend");
  await expect(tlv).toContainText("Hoog");
  await expect(tlv).toContainText("1 aug 2026");
  await parent.goto(`${initiative}/kinderen`);
  await expect(counts).toContainText("1 kind, 1 met TLV");
});

test("the school sees Noor's education through consent, not her care, and may not edit her", async ({ browser }) => {
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(`/initiatieven/${ID.breda}/kinderen`);
  const table = school.getByRole("table", { name: /die u mag inzien/ });
  await expect(table.getByRole("row").filter({ hasText: "Noor" })).toContainText("Met toestemming: onderwijs");
  await table.getByRole("link", { name: "Noor" }).click();
  await expect(school.getByRole("heading", { level: 1, name: "Noor" })).toBeVisible();
  await expect(school.getByRole("region", { name: "Toelaatbaarheidsverklaring (TLV)" })).toContainText("Toegekend");
  await expect(school.getByRole("region", { name: "Zorg per financieringsstroom" })).toContainText(
    "De ouders hebben uw organisatie voor dit onderdeel geen toestemming gegeven.",
  );
  await expect(school.getByRole("link", { name: "Gegevens wijzigen" })).toHaveCount(0);
  // Consent and the parents' pages are the guardians'; documents of its scope are for the school too.
  await expect(school.getByRole("link", { name: "Toestemming" })).toHaveCount(0);
  await expect(school.getByRole("link", { name: "Documenten" })).toBeVisible();
  await expectNoAxeViolations(school);
  const response = await school.goto(`/initiatieven/${ID.breda}/kinderen/${ID.noor}/bewerken`);
  expect(response?.status()).toBe(403);
  await expect(school.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expectNoAxeViolations(school);
});
