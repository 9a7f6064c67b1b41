import { z } from "zod";
import { ZEmailAddress } from "../validation/email-address";

/** Hosts for which an http:// issuer is accepted: a provider on the developer's own machine or in the tests. */
export const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Issuer as typed: an https address (http only on this machine; the server also refuses that in production). */
export const ZIssuer = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(500, { error: "tooLong" })
  .refine(
    (raw) => {
      try {
        const url = new URL(raw);
        if (url.search || url.hash || url.username || url.password) return false;
        return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
      } catch {
        return false;
      }
    },
    { error: "ssoIssuerHttps" },
  );

/** "school.nl, bestuur.nl" or one per line → ["school.nl", "bestuur.nl"]: lower-case, no duplicates. */
export const ZDomainList = z
  .string()
  .max(2000, { error: "tooLong" })
  .transform((raw) => [
    ...new Set(
      raw
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(DOMAIN, { error: "ssoDomainInvalid" }))
      .min(1, { error: "ssoDomainsRequired" })
      .max(20, { error: "ssoDomainsTooMany" }),
  );

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/**
 * The beheerder's form. The client secret is write-only: empty keeps the stored one (required
 * the first time, checked on the server). version 0 means "no configuration yet".
 */
export const ZSsoConfig = z.object({
  issuer: ZIssuer,
  clientId: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  clientSecret: z.string().trim().max(1000, { error: "tooLong" }).optional().default(""),
  allowedDomains: ZDomainList,
  enabled: checkbox,
  version: z.coerce.number().int({ error: "invalid" }).min(0, { error: "invalid" }),
});
export type SsoConfigInput = z.output<typeof ZSsoConfig>;

/** "Test connection": nothing to enter, the stored issuer is asked for its discovery document. */
export const ZTestSsoConnection = z.object({});

/** The sign-in page's "with my organisation" form. */
export const ZSsoStart = z.object({ email: ZEmailAddress });

/** The domain of an address, lower-case ("Jan@School.NL" → "school.nl"). */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
