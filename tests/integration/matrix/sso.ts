// SSO: a beheerder configures and tests their own organisation's provider (others: 404, no
// change); starting an SSO sign-in is public and answers the same for every address without SSO.
import type { Case } from "./support";
import { expect_ } from "./support";

// The client secret is sealed with a key derived from the app secret, which production requires.
process.env.NEXTAUTH_SECRET ??= "authorization-matrix-secret";

const beheerders = expect_(
  { school: "ok", swv: "ok", gemeente: "ok", gemeenteAlkmaar: "ok", zorg: "ok", steunpunt: "ok" },
  "NOT_FOUND",
);

export const entries: Record<string, Case> = {
  "lib/sso/actions.ts#saveSsoConfigAction": {
    input: async () => ({
      issuer: "https://login.microsoftonline.com/tenant/v2.0",
      clientId: "client",
      clientSecret: "geheim",
      allowedDomains: "matrix.example.nl",
      enabled: "on",
      version: "0",
    }),
    expected: beheerders,
    rows: (db) => db.organisationSsoConfig.findMany({ orderBy: { id: "asc" } }),
  },
  "lib/sso/actions.ts#testSsoConnectionAction": {
    input: async () => ({}),
    expected: beheerders,
    readOnly: true,
  },
  "lib/sso/sign-in-actions.ts#startSsoSignInAction": {
    input: async () => ({ email: `iemand.${crypto.randomUUID()}@geen-sso.example.nl` }),
    expected: expect_({ anoniem: "ok" }, "ok"),
    readOnly: true,
  },
};
