import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/current-actor";
import { authOptions } from "@/lib/auth/auth-options";
import { sessionCookie } from "@/lib/auth/session-cookie";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's session endpoint reads the cookie alone: a cookie whose session has ended (signed
 * out, revoked, timed out) would still show its name and e-mail address. It answers as signed
 * out instead, and clears the cookie, when the server-side session no longer holds.
 */
async function GET(request: Request, context: Context) {
  if (new URL(request.url).pathname.endsWith("/api/auth/session") && !(await getActor())) {
    const response = NextResponse.json({});
    const { name, options } = sessionCookie();
    if (request.headers.get("cookie")?.includes(name)) response.cookies.set(name, "", { ...options, maxAge: 0 });
    return response;
  }
  return handler(request, context);
}

export { GET, handler as POST };
