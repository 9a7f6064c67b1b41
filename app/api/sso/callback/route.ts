import { redirect } from "next/navigation";
import { guardedRoute } from "@/lib/http/guarded-route";
import { handleSsoCallback } from "@/lib/sso/callback";

/** Where an organisation's OpenID Connect provider sends the browser back (register this address there). */
export const GET = guardedRoute(async (request: Request) => redirect(await handleSsoCallback(request.url)));
