// SSO end to end against a real OpenID Connect provider (oidc-provider, started by this spec on
// its own port): the school's beheerder connects the provider and invites a teacher; the
// teacher signs in through "her" provider in Chromium and lands in the school's workspace.
// axe finds nothing on the settings page.
import { expect, test } from "@playwright/test";
import { startTestProvider, type TestProvider } from "../support/oidc-test-provider";
import { expectNoAxeViolations, signedInPage } from "./support/session";

const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const IDP_PORT = APP_PORT + 1000;
let idp: TestProvider;

test.beforeAll(async () => {
  idp = await startTestProvider({
    port: IDP_PORT,
    redirectUri: `http://127.0.0.1:${APP_PORT}/api/sso/callback`,
    accounts: [{ sub: "entra-juf-e2e", email: "juf.e2e@vlinderboom.test", name: "Juf Entra", amr: ["pwd", "mfa"] }],
  });
});
test.afterAll(async () => {
  await idp?.close();
});

test("a beheerder connects the school's provider; an invited teacher signs in through it", async ({ browser }) => {
  const beheerder = await signedInPage(browser, "school@demo.test");
  await beheerder.goto("/organisatie");
  await beheerder.getByRole("link", { name: "Inloggen via de organisatie (SSO) instellen" }).click();
  await expect(beheerder.getByRole("heading", { level: 1, name: "Inloggen via de organisatie (SSO)" })).toBeVisible();
  await expect(beheerder.getByText("Nog niet ingesteld.")).toBeVisible();
  await expectNoAxeViolations(beheerder);

  await beheerder.getByLabel("Issuer (adres van de inlogdienst)").fill(idp.issuer);
  await beheerder.getByLabel("Client-ID").fill(idp.clientId);
  await beheerder.getByLabel("Client secret").fill(idp.clientSecret);
  await beheerder.getByLabel("Toegestane e-maildomeinen").fill("vlinderboom.test");
  await beheerder.getByLabel("Inloggen via de organisatie aanzetten").check();
  await beheerder.getByRole("button", { name: "Opslaan" }).click();
  await expect(beheerder.getByText("De instellingen zijn opgeslagen.")).toBeVisible();

  await beheerder.getByRole("button", { name: "Verbinding testen" }).click();
  await expect(beheerder.getByText("De inlogdienst is bereikbaar en klopt met de issuer.")).toBeVisible();

  // The secret is never shown back; the page says one is stored.
  await beheerder.reload();
  await expect(beheerder.getByLabel("Client secret")).toHaveValue("");
  await expect(beheerder.getByText("Er is een secret bewaard.", { exact: false })).toBeVisible();
  await expect(beheerder.getByText("Aan: medewerkers met een adres in vlinderboom.test")).toBeVisible();
  await expectNoAxeViolations(beheerder);

  await beheerder.goto("/organisatie");
  await beheerder.getByLabel("E-mailadres").fill("juf.e2e@vlinderboom.test");
  await beheerder.getByLabel(/^Medewerker/).check();
  await beheerder.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(beheerder.getByText("Uitnodiging verstuurd naar juf.e2e@vlinderboom.test.")).toBeVisible();

  // The teacher: no account yet, only the invitation. Sign-in page → her provider → back, signed in.
  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto("/inloggen");
  const ssoSection = teacher.getByRole("region", { name: "Inloggen via uw school of organisatie" });
  await ssoSection.getByLabel("E-mailadres").fill("juf.e2e@vlinderboom.test");
  await ssoSection.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await teacher.waitForURL((url) => url.port === String(APP_PORT) && !/^\/(inloggen|api)/.test(url.pathname));
  await teacher.goto("/organisatie");
  await expect(teacher.getByRole("heading", { level: 1, name: "Basisschool De Vlinderboom" })).toBeVisible();
  await expect(teacher.getByRole("row").filter({ hasText: "Juf Entra" })).toBeVisible();

  // Again with scripts blocked (plain form posts and redirects): the linked identity is found.
  const noScripts = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noScripts.goto("/inloggen");
  const plain = noScripts.getByRole("region", { name: "Inloggen via uw school of organisatie" });
  await plain.getByLabel("E-mailadres").fill("juf.e2e@vlinderboom.test");
  await plain.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await noScripts.waitForURL((url) => url.port === String(APP_PORT) && !/^\/(inloggen|api)/.test(url.pathname));
  await noScripts.goto("/organisatie");
  await expect(noScripts.getByRole("heading", { level: 1, name: "Basisschool De Vlinderboom" })).toBeVisible();

  // An address whose domain has no SSO gets the same answer whether or not it has an account.
  const other = await (await browser.newContext()).newPage();
  await other.goto("/inloggen");
  const section = other.getByRole("region", { name: "Inloggen via uw school of organisatie" });
  await section.getByLabel("E-mailadres").fill("ouder@demo.test");
  await section.getByRole("button", { name: "Verder naar mijn organisatie" }).click();
  await expect(
    section.getByText("Voor dit e-mailadres is geen inloggen via een organisatie ingesteld.", { exact: false }),
  ).toBeVisible();
});
