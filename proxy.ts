// Runs before every page, server action and route handler (decision 0016): refuses bad requests
// with a 4xx before they can fail deeper down, and sets the per-request Content-Security-Policy
// (its nonce is what lets Next's scripts run) and, on https, Strict-Transport-Security.
import { NextResponse, type NextRequest } from "next/server";
import { appBaseUrl } from "@/lib/config/app-config";
import {
  checkActionJson,
  checkBodySize,
  checkOrigin,
  checkUrl,
  isJsonActionCall,
  type Refusal,
} from "@/lib/http/request-guard";
import { databaseKnownUnavailable } from "@/lib/db/availability-state";
import { databaseUnavailableResponse } from "@/lib/http/unavailable-response";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/http/security-headers";

export async function proxy(request: NextRequest) {
  const baseUrl = appBaseUrl();
  const https = baseUrl.startsWith("https:");
  const refusal = await refusalOf(request, new URL(baseUrl).origin);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  let response: NextResponse;
  if (!refusal && databaseKnownUnavailable() && answersUnavailableHere(request)) {
    const unavailable = databaseUnavailableResponse(request.nextUrl.pathname);
    response = new NextResponse(unavailable.body, { status: 503, headers: unavailable.headers });
  } else if (refusal) {
    response = new NextResponse(`${refusal.status} ${refusal.reason}\n`, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(https);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/**
 * While the database is known to be unreachable, pages and API routes answer 503 at once instead
 * of waiting for timeouts. Not the health check (it probes for itself and so notices the
 * return) and not server-action calls from scripts (the action answers a typed "unavailable"
 * result that keeps the form's input).
 */
function answersUnavailableHere(request: NextRequest): boolean {
  if (request.nextUrl.pathname === "/api/health") return false;
  return !request.headers.has("next-action");
}

async function refusalOf(request: NextRequest, ownOrigin: string): Promise<Refusal | undefined> {
  const refusal =
    checkUrl(request.url) ??
    checkOrigin(request.method, request.headers, [ownOrigin]) ??
    checkBodySize(request.headers);
  if (refusal) return refusal;
  if (isJsonActionCall(request.method, request.headers)) return checkActionJson(await request.clone().text());
  return undefined;
}

export const config = {
  // Not for build output and static files: they carry no input and need no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
