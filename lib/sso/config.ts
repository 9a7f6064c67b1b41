// An organisation's SSO configuration: read and saved by its beheerders (organisation.configureSso;
// everyone else gets 404), found by e-mail domain at sign-in. The client secret is write-only:
// stored encrypted, never returned, and an empty field keeps the stored one.
import { requireRecentAuthentication } from "../auth/recent-authentication";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import type { Actor, OrganisationWorkspace } from "../policy/actor";
import { can } from "../policy/can";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { requireOrganisationWorkspace } from "../policy/organisation-access";
import { issuerAllowed, type ProviderSettings } from "./oidc";
import { domainOf, type SsoConfigInput } from "./schemas";
import { open, seal } from "./secret-box";

export function requireSsoManager(actor: Actor): OrganisationWorkspace {
  const ws = requireOrganisationWorkspace(actor);
  if (!can(actor, "organisation.configureSso")) throw new NotFoundError("sso");
  return ws;
}

const PUBLIC_FIELDS = { issuer: true, clientId: true, allowedDomains: true, enabled: true, version: true } as const;

/** What the settings page shows: everything but the secret (only whether one is stored). */
export async function getSsoSettings(db: Db, actor: Actor) {
  const ws = requireSsoManager(actor);
  const config = await db.organisationSsoConfig.findUnique({
    where: { organisationId: ws.organisationId },
    select: { ...PUBLIC_FIELDS, clientSecretEncrypted: true },
  });
  const { clientSecretEncrypted, ...shown } = config ?? { clientSecretEncrypted: "" };
  return {
    organisationName: ws.organisationName,
    config: config
      ? { ...(shown as Omit<typeof config, "clientSecretEncrypted">), hasSecret: !!clientSecretEncrypted }
      : null,
  };
}

async function assertDomainsFree(tx: Tx, organisationId: string, domains: string[]) {
  const taken = await tx.organisationSsoConfig.findFirst({
    where: { organisationId: { not: organisationId }, allowedDomains: { hasSome: domains } },
    select: { id: true },
  });
  // A domain leads to one provider only; which organisation has it is not said.
  if (taken) throw new FieldError("allowedDomains", "ssoDomainTaken");
}

export async function saveSsoConfig(db: Db, actor: Actor, input: SsoConfigInput) {
  const ws = requireSsoManager(actor);
  // Who signs in for the whole organisation is decided by someone who proved it is them just now.
  await requireRecentAuthentication(actor, undefined, { db });
  if (!issuerAllowed(input.issuer)) throw new FieldError("issuer", "ssoIssuerHttps");
  const secret = input.clientSecret ? seal(input.clientSecret, "sso-client-secret") : null;
  return db.$transaction(async (tx) => {
    const existing = await tx.organisationSsoConfig.findUnique({
      where: { organisationId: ws.organisationId },
      select: { ...PUBLIC_FIELDS, id: true },
    });
    if ((existing?.version ?? 0) !== input.version) {
      throw new ConflictError(
        existing
          ? {
              issuer: existing.issuer,
              clientId: existing.clientId,
              allowedDomains: existing.allowedDomains.join(", "),
              enabled: existing.enabled,
              version: existing.version,
            }
          : { version: 0 },
      );
    }
    if (!existing && !secret) throw new FieldError("clientSecret", "required");
    await assertDomainsFree(tx, ws.organisationId, input.allowedDomains);
    const data = {
      issuer: input.issuer,
      clientId: input.clientId,
      allowedDomains: input.allowedDomains,
      enabled: input.enabled,
      ...(secret ? { clientSecretEncrypted: secret } : {}),
    };
    const changed = existing
      ? (["issuer", "clientId", "allowedDomains", "enabled"] as const).filter(
          (f) => JSON.stringify(existing[f]) !== JSON.stringify(data[f]),
        )
      : ["issuer", "clientId", "allowedDomains", "enabled"];
    if (secret) changed.push("clientSecret");
    if (existing && changed.length === 0) return { changed: false, version: existing.version };
    const saved = existing
      ? await tx.organisationSsoConfig.update({
          where: { id: existing.id },
          data: { ...data, version: { increment: 1 } },
          select: { id: true, version: true },
        })
      : await tx.organisationSsoConfig.create({
          data: { ...data, clientSecretEncrypted: secret!, organisationId: ws.organisationId },
          select: { id: true, version: true },
        });
    // Field names, the switch and the version: never the secret, the addresses or the domains.
    await recordAudit(tx, actor, {
      action: "sso.configured",
      entityType: "OrganisationSsoConfig",
      entityId: saved.id,
      summary: { organisationId: ws.organisationId, fields: changed, enabled: input.enabled, version: saved.version },
    });
    return { changed: true, version: saved.version };
  });
}

export interface ActiveSsoConfig extends ProviderSettings {
  organisationId: string;
  allowedDomains: string[];
  version: number;
}

function active(row: {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted: string;
  allowedDomains: string[];
  version: number;
}): ActiveSsoConfig | null {
  const clientSecret = open(row.clientSecretEncrypted, "sso-client-secret");
  // A secret sealed under an earlier app secret cannot be used: as if SSO were off until re-entered.
  if (clientSecret === null) return null;
  return {
    organisationId: row.organisationId,
    issuer: row.issuer,
    clientId: row.clientId,
    allowedDomains: row.allowedDomains,
    version: row.version,
    clientSecret,
  };
}

const ACTIVE_FIELDS = {
  organisationId: true,
  issuer: true,
  clientId: true,
  clientSecretEncrypted: true,
  allowedDomains: true,
  version: true,
} as const;

/** The enabled configuration whose domains include this address's domain, if any. */
export async function ssoConfigForEmail(db: Tx, email: string): Promise<ActiveSsoConfig | null> {
  const row = await db.organisationSsoConfig.findFirst({
    where: { enabled: true, allowedDomains: { has: domainOf(email) } },
    select: ACTIVE_FIELDS,
  });
  return row ? active(row) : null;
}

export async function ssoConfigOf(db: Tx, organisationId: string): Promise<ActiveSsoConfig | null> {
  const row = await db.organisationSsoConfig.findFirst({
    where: { organisationId, enabled: true },
    select: ACTIVE_FIELDS,
  });
  return row ? active(row) : null;
}
