// Child documents and the split of step files (issue #9, items 2 and 3).
// 1. Sanne (ouder@demo.test), guardian of the demo child Noor, adds a document for onderwijs,
//    downloads it, and sees Dutch errors for a missing file; De Vlinderboom (consent for
//    onderwijs) sees it, Kinderzorg Baronie (no consent for Noor) gets 404. axe on the page.
// 2. On a step of a new initiative a parent uploads one file marked as holding children's data
//    (the default) and one marked "no"; a reader at the SWV (swv.lezer@demo.test) sees only the
//    "no" file and the other's download answers 404.
import { expect, test } from "@playwright/test";
import { ID } from "../support/demo";
import { expectNoAxeViolations, signedInPage } from "./support/session";
import { startInitiative, uniqueName } from "./support/initiative";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const noorDocuments = `/initiatieven/${ID.breda}/kinderen/${ID.noor}/documenten`;

test("a guardian adds a document for a child and downloads it; only consent for its scope shows it", async ({
  browser,
}) => {
  const fileName = `${uniqueName("tlv-noor").replace(/\s+/g, "-")}.pdf`;
  const ouder = await signedInPage(browser, "ouder@demo.test");
  await ouder.goto(noorDocuments);
  await expect(ouder.getByRole("heading", { level: 1, name: "Documenten van Noor" })).toBeVisible();
  await expectNoAxeViolations(ouder);

  // No file chosen: a Dutch message on the field, nothing saved.
  await ouder.getByRole("button", { name: "Document uploaden" }).click();
  await expect(ouder.getByLabel("Kies een bestand")).toHaveAttribute("aria-invalid", "true");
  await expect(ouder.getByText("Kies een bestand.").first()).toBeVisible();
  await expectNoAxeViolations(ouder);

  // Onderwijs is chosen already; the form tells who sees it.
  await expect(ouder.getByLabel(/Onderwijs, bijvoorbeeld de TLV/)).toBeChecked();
  await expect(ouder.getByText("Nu zichtbaar voor: Basisschool De Vlinderboom")).toBeVisible();
  await ouder
    .getByLabel("Kies een bestand")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await ouder.getByRole("button", { name: "Document uploaden" }).click();
  await expect(ouder.getByText(`${fileName} is toegevoegd.`)).toBeVisible();
  const list = ouder.getByRole("region", { name: "Documenten", exact: true });
  await expect(list.getByRole("listitem").filter({ hasText: fileName })).toContainText(
    "Deel: Onderwijs (inschrijving, TLV, OPP)",
  );
  const download = ouder.waitForEvent("download");
  await list.getByRole("link", { name: new RegExp(fileName.replace(/\./g, "\\.")) }).click();
  expect((await download).suggestedFilename()).toBe(fileName);
  await expectNoAxeViolations(ouder);
  const href = await list.getByRole("link", { name: new RegExp(fileName.replace(/\./g, "\\.")) }).getAttribute("href");
  expect(href).toBeTruthy();

  // The school has consent for onderwijs: it sees and downloads the document, and cannot upload.
  const school = await signedInPage(browser, "school@demo.test");
  await school.goto(noorDocuments);
  await expect(school.getByRole("link", { name: new RegExp(fileName.replace(/\./g, "\\.")) })).toBeVisible();
  await expect(school.getByRole("button", { name: "Document uploaden" })).toHaveCount(0);
  expect((await school.request.get(href!)).status()).toBe(200);
  await expectNoAxeViolations(school);

  // Kinderzorg Baronie has no consent for Noor: neither the page nor the file exists for it.
  const zorg = await signedInPage(browser, "zorg@demo.test");
  expect((await zorg.request.get(noorDocuments)).status()).toBe(404);
  expect((await zorg.request.get(href!)).status()).toBe(404);
});

test("step files marked as holding children's data are hidden from readers", async ({ browser }) => {
  test.setTimeout(120_000);
  const name = uniqueName("Samen naar School Bestanden");
  const ouder = await signedInPage(browser, "ouder@demo.test");
  const initiativePath = await startInitiative(ouder, { name });
  await ouder.getByRole("region", { name: "Stappenplan" }).getByRole("link").first().click();
  await expect(ouder.getByRole("heading", { name: "Bestanden" })).toBeVisible();

  // "Ja" is chosen by default.
  await expect(ouder.getByLabel("Ja, of ik weet het niet zeker")).toBeChecked();
  await ouder.getByLabel("Kies een bestand").setInputFiles({
    name: "overzicht-per-kind.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await ouder.getByRole("button", { name: "Bestand uploaden" }).click();
  await expect(ouder.getByText("overzicht-per-kind.pdf is toegevoegd.")).toBeVisible();
  await ouder
    .getByLabel("Kies een bestand")
    .setInputFiles({ name: "begroting.pdf", mimeType: "application/pdf", buffer: PDF });
  await ouder.getByLabel("Nee", { exact: true }).check();
  await ouder.getByRole("button", { name: "Bestand uploaden" }).click();
  await expect(ouder.getByText("begroting.pdf is toegevoegd.")).toBeVisible();
  const files = ouder.getByRole("region", { name: "Bestanden" });
  await expect(files.getByRole("listitem").filter({ hasText: "overzicht-per-kind.pdf" })).toContainText(
    "Met gegevens van kinderen",
  );
  await expect(files.getByRole("listitem").filter({ hasText: "begroting.pdf" })).toContainText(
    "Zonder gegevens van kinderen",
  );
  await expectNoAxeViolations(ouder);
  const stepPath = new URL(ouder.url()).pathname;
  const yesHref = await files.getByRole("link", { name: /overzicht-per-kind\.pdf/ }).getAttribute("href");
  const noHref = await files.getByRole("link", { name: /begroting\.pdf/ }).getAttribute("href");
  expect(stepPath.startsWith(`${initiativePath}/stappen/`)).toBe(true);

  // A reader at the SWV of the region sees the initiative and only the file without children's data.
  const lezer = await signedInPage(browser, "swv.lezer@demo.test");
  await lezer.goto(stepPath);
  const seen = lezer.getByRole("region", { name: "Bestanden" });
  await expect(seen.getByRole("link", { name: /begroting\.pdf/ })).toBeVisible();
  await expect(seen.getByText("overzicht-per-kind.pdf")).toHaveCount(0);
  expect((await lezer.request.get(noHref!)).status()).toBe(200);
  expect((await lezer.request.get(yesHref!)).status()).toBe(404);
  await expectNoAxeViolations(lezer);
});
