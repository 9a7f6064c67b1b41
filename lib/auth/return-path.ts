// Where to go back to after confirming one's password: only a path on this site. Anything that
// could leave it ("//evil.example", "https://…", "/\evil.example", control characters) falls back.
const BASE = "http://samen-naar-school.invalid";

export function safeReturnPath(raw: unknown, fallback = "/account"): string {
  if (typeof raw !== "string" || raw.length > 512) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page that asks for the password again, returning to `returnTo` afterwards. */
export function reauthenticationPath(returnTo: string): string {
  return `/account/bevestigen?terug=${encodeURIComponent(safeReturnPath(returnTo))}`;
}
