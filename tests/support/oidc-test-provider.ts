// A real OpenID Connect provider (the `oidc-provider` package) for the SSO tests, on its own
// port. Signing in needs no form: the interaction endpoint logs in the account named by the
// login_hint the app sends (its e-mail address), with the amr/acr that account is set up with,
// and consent is granted for the one client. The app talks to it over HTTP like to Entra ID.
import { createServer, type Server } from "node:http";
import Provider, { type Configuration } from "oidc-provider";

export interface TestAccount {
  /** The login_hint that picks this account (default: its e-mail address). */
  hint?: string;
  sub: string;
  email: string;
  email_verified?: boolean;
  name?: string;
  amr?: string[];
  acr?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export async function startTestProvider(opts: {
  port: number;
  redirectUri: string;
  accounts?: TestAccount[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TestProvider> {
  const issuer = `http://localhost:${opts.port}`;
  const clientId = opts.clientId ?? "samen-naar-school";
  const clientSecret = opts.clientSecret ?? "test-client-secret-that-is-long-enough";
  const accounts = new Map((opts.accounts ?? []).map((a) => [a.hint ?? a.email, a]));
  const bySub = (sub: string) => [...accounts.values()].find((a) => a.sub === sub);

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    // acr and amr under "openid": in the ID token whatever else is asked, as Entra ID does.
    claims: { openid: ["sub", "acr", "amr", "auth_time"], email: ["email", "email_verified"], profile: ["name"] },
    acrValues: ["mfa", "pwd"],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ["test-cookie-key-not-secret"] },
    async findAccount(_ctx, sub) {
      const account = bySub(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.email_verified ?? true, name: account.name };
        },
      };
    },
    // The one client is first-party: no consent screen.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  const server: Server = createServer(async (req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      try {
        const details = await provider.interactionDetails(req, res);
        const hint = String(details.params.login_hint ?? "");
        const account = accounts.get(hint.toLowerCase());
        if (!account) {
          await provider.interactionFinished(req, res, {
            error: "access_denied",
            error_description: "unknown account",
          });
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: account.sub, amr: account.amr ?? ["pwd"], acr: account.acr ?? "pwd" } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve) => server.listen(opts.port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Follows the provider's redirects the way a browser would (cookies kept per request chain)
 * until it sends the browser back to `redirectUri`; returns that address.
 */
export async function followToCallback(authorizationUrl: URL, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`provider answered ${response.status} without a redirect: ${await response.text()}`);
    url = new URL(location, url);
    if (url.href.startsWith(redirectUri)) return url;
  }
  throw new Error("too many redirects");
}
