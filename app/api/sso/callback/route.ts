import { redirect } from "next/navigation";
import { handleSsoCallback } from "@/lib/sso/callback";

/** Where an organisation's OpenID Connect provider sends the browser back (register this address there). */
export async function GET(request: Request) {
  redirect(await handleSsoCallback(request.url));
}
