// AVG as a parent meets it: "Mijn gegevens downloaden" on the account page gives a JSON file with
// their own account; Noor's page offers her guardian her data as a PDF. axe finds nothing on
// either page. What the files hold is proven in tests/integration/personal-data-export.test.ts.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ID } from "../support/demo";
import { BREDA } from "./routes/support";
import { expectNoAxeViolations, signedInPage } from "./support/session";

test("a parent downloads their own data and their child's", async ({ browser }) => {
  const parent = await signedInPage(browser, "ouder@demo.test");
  await parent.goto("/account");
  await expect(parent.getByRole("heading", { name: "Mijn gegevens downloaden" })).toBeVisible();
  await expectNoAxeViolations(parent);
  const [json] = await Promise.all([
    parent.waitForEvent("download"),
    parent.getByRole("link", { name: "Mijn gegevens downloaden als JSON-bestand" }).click(),
  ]);
  const data = JSON.parse(await readFile((await json.path())!, "utf8")) as {
    sections: { account: { email: string }[] };
  };
  expect(data.sections.account[0]!.email).toBe("ouder@demo.test");

  await parent.goto(`/initiatieven/${BREDA}/kinderen/${ID.noor}`);
  await expectNoAxeViolations(parent);
  const [pdf] = await Promise.all([
    parent.waitForEvent("download"),
    parent.getByRole("link", { name: "Gegevens van Noor downloaden als PDF" }).click(),
  ]);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
});
