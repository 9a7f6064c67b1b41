// Signs in over HTTP the way a browser does (next-auth's credentials callback), so the load
// runs as a real signed-in user with real session checks. Sign-in is throttled per account
// and address, so the bench signs in once per account per database and reuses the cookie.
export const DEMO_PASSWORD = "Samen-naar-school-2026";

class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      if (eq > 0) this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Returns the Cookie header of a signed-in session (including next-auth's csrf cookie). */
export async function signIn(origin: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  jar.take(callback);
  if (callback.status >= 400) throw new Error(`sign-in as ${email} answered ${callback.status}`);

  const session = (await (await fetch(`${origin}/api/auth/session`, { headers: { cookie: jar.header() } })).json()) as {
    uid?: string;
  };
  if (!session.uid) throw new Error(`sign-in as ${email} did not give a session (throttled, or wrong password?)`);
  return jar.header();
}
