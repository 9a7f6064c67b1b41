// "Test connection": asks the stored issuer for its discovery document, so a beheerder learns
// about a typo or an unreachable provider before members try to sign in. Changes nothing.
import type { Db } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { requireSsoManager } from "./config";
import { discoverProvider } from "./oidc";
import { open } from "./secret-box";

export type ConnectionResult = "ok" | "notConfigured" | "secretUnreadable" | "unreachable";

export async function testSsoConnection(db: Db, actor: Actor): Promise<{ result: ConnectionResult }> {
  const ws = requireSsoManager(actor);
  const row = await db.organisationSsoConfig.findUnique({
    where: { organisationId: ws.organisationId },
    select: { issuer: true, clientId: true, clientSecretEncrypted: true },
  });
  if (!row) return { result: "notConfigured" };
  const clientSecret = open(row.clientSecretEncrypted, "sso-client-secret");
  if (clientSecret === null) return { result: "secretUnreadable" };
  try {
    await discoverProvider({ issuer: row.issuer, clientId: row.clientId, clientSecret });
    return { result: "ok" };
  } catch {
    return { result: "unreachable" };
  }
}
