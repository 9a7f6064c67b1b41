// Checks the proxy makes before a request reaches a page, server action or route handler, so
// bad input is answered 400/403/404/413 instead of failing deeper down with a 500 (decision 0016).
// Pure functions of the request: unit-testable without a server.
import { isSafeText } from "../validation/safe-text";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "./limits";

export type Refusal = { status: 400 | 403 | 404 | 413; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The path and query: malformed percent-encoding is a 400; NUL or control characters in a
 * path segment name nothing that exists (404), in a query value they are a 400. */
export function checkUrl(rawUrl: string): Refusal | undefined {
  const url = new URL(rawUrl);
  for (const segment of url.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { status: 400, reason: "malformed percent-encoding in the path" };
    }
    if (!isSafeText(decoded)) return { status: 404, reason: "control characters in the path" };
  }
  for (const part of url.search.slice(1).split("&")) {
    try {
      if (!isSafeText(decodeURIComponent(part.replace(/\+/g, " "))))
        return { status: 400, reason: "control characters in the query" };
    } catch {
      return { status: 400, reason: "malformed percent-encoding in the query" };
    }
  }
  return undefined;
}

/**
 * Requests that change something come from our own pages only. Next refuses a server action from
 * a foreign origin itself, but by throwing (a 500); this answers 403 first. Without an Origin
 * header (not a browser, or a very old one) the request goes on: sessions are SameSite=Lax and
 * next-auth checks its own CSRF token.
 */
export function checkOrigin(method: string, headers: Headers, ownOrigins: string[]): Refusal | undefined {
  if (SAFE_METHODS.has(method.toUpperCase())) return undefined;
  const origin = headers.get("origin");
  if (origin === null) {
    return headers.get("sec-fetch-site") === "cross-site" ? { status: 403, reason: "cross-site request" } : undefined;
  }
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return { status: 403, reason: "unreadable origin" }; // "null" from sandboxed frames and the like
  }
  const requestHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (host === requestHost || ownOrigins.includes(origin)) return undefined;
  return { status: 403, reason: "foreign origin" };
}

/** A declared body over the limit is refused before anyone reads it. */
export function checkBodySize(headers: Headers, limit = MAX_BODY_BYTES): Refusal | undefined {
  const declared = headers.get("content-length");
  if (declared === null) return undefined;
  const length = Number(declared);
  if (!Number.isFinite(length) || length < 0 || !/^\d+$/.test(declared.trim()))
    return { status: 400, reason: "invalid Content-Length" };
  return length > limit ? { status: 413, reason: "body too large" } : undefined;
}

/** Whether a request is a server action call whose arguments travel as JSON text (not a form). */
export function isJsonActionCall(method: string, headers: Headers): boolean {
  if (method.toUpperCase() !== "POST" || !headers.has("next-action")) return false;
  const type = headers.get("content-type") ?? "";
  return !type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded");
}

/** A server action's JSON arguments: unreadable or absurdly deep is a 400 (React would throw). */
export function checkActionJson(body: string): Refusal | undefined {
  if (body === "") return undefined;
  if (!withinDepth(body, MAX_JSON_DEPTH)) return { status: 400, reason: "JSON nested too deeply" };
  try {
    JSON.parse(body);
  } catch {
    return { status: 400, reason: "malformed JSON" };
  }
  return undefined;
}

/** Bracket depth outside strings, counted without parsing (parsing deep input is the risk). */
function withinDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (++depth > max) return false;
    } else if (c === "]" || c === "}") depth--;
  }
  return true;
}
