// The Content-Security-Policy and friends the proxy sets on every response (decision 0016).
// Scripts run only with this request's nonce ('strict-dynamic' lets Next's own loader add chunks);
// nothing may frame the app. Next reads the nonce from the request's CSP header and puts it on
// its scripts, which is why every page renders per request.

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Development: React rebuilds server error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // The dev server injects styles without a nonce; production has only our stylesheet and Next's
    // nonced tags. Bar widths in charts are style attributes, which a nonce cannot cover.
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // SSO: the sign-in form's post is answered with a redirect to the organisation's own provider
    // (any https origin a beheerder configured), and browsers apply form-action to redirects too.
    // On plain http (development, tests) the provider runs on this machine.
    `form-action 'self' https:${options.https ? "" : " http://127.0.0.1:* http://localhost:*"}`,
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Strict-Transport-Security for an app served over https; none on plain http (local, tests). */
export function strictTransportSecurity(https: boolean): string | undefined {
  return https ? "max-age=63072000; includeSubDomains" : undefined;
}
