// Where a request came from, for the access log (NEN 7513 "from where") and sign-in throttling.
// Only proxies the operator declared (TRUSTED_PROXIES hops) are believed: each appends the
// address of its peer to X-Forwarded-For, so the client is that many entries from the right and
// anything further left is whatever the client chose to send. Without a proxy, Next's own server
// writes the socket address into the header when the request carries none; a request that
// brings several entries brought them itself, so its address is unknown ("onbekend"). A single
// entry sent by a client that reaches the app directly cannot be told from the socket address:
// deployments that expose the app to the internet put a proxy in front and declare it.
import { AsyncLocalStorage } from "node:async_hooks";
import { isIP } from "node:net";
import { headers as requestHeaders } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { appConfig } from "../config/app-config";

export const UNKNOWN_ADDRESS = "onbekend";
const USER_AGENT_MAX = 200;

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined | null;

export interface RequestOrigin {
  clientAddress: string;
  userAgent: string | null;
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is no IP address → null. */
function normalise(raw: string | undefined): string | null {
  const value = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return value && isIP(value) ? value : null;
}

/** The client's address given the forwarded-for header and the number of trusted proxies. */
export function clientAddressFrom(forwardedFor: string | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (trustedProxies === 0) return hops.length === 1 ? (normalise(hops[0]) ?? UNKNOWN_ADDRESS) : UNKNOWN_ADDRESS;
  return normalise(hops[hops.length - trustedProxies]) ?? UNKNOWN_ADDRESS;
}

/** Address and (shortened) browser of a request, from its headers. */
export function originFrom(headers: HeaderSource): RequestOrigin {
  const agent = header(headers, "user-agent")?.trim();
  return {
    clientAddress: clientAddressFrom(header(headers, "x-forwarded-for"), appConfig().trustedProxies),
    userAgent: agent ? agent.slice(0, USER_AGENT_MAX) : null,
  };
}

/** Scripts and tests run outside any request: their accesses come from nowhere known. */
export const NO_REQUEST: RequestOrigin = { clientAddress: UNKNOWN_ADDRESS, userAgent: null };

/** In-process callers (tests) name the origin of what they run; not reachable over HTTP. */
const originOverride = new AsyncLocalStorage<RequestOrigin>();

export function runFromOrigin<T>(origin: RequestOrigin, fn: () => Promise<T>): Promise<T> {
  return originOverride.run(origin, fn);
}

/** The origin of the current request (next/headers), or NO_REQUEST outside one. */
export async function requestOrigin(): Promise<RequestOrigin> {
  const override = originOverride.getStore();
  if (override) return override;
  let headers: Headers;
  try {
    headers = await requestHeaders();
  } catch (error) {
    // Next's own signals (dynamic rendering, prerender bail-outs) must reach Next.
    unstable_rethrow(error);
    return NO_REQUEST;
  }
  return originFrom(headers);
}
