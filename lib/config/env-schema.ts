// The environment variables the app reads, their defaults and their rules, in one zod schema.
// A missing or malformed variable fails with a message that names it; values that may hold a
// password (database and mail addresses) are never echoed. See README for what each is for.
import path from "node:path";
import { z } from "zod";

export const DEFAULT_BASE_URL = "http://localhost:3000";
export const DEFAULT_SMTP_URL = "smtp://127.0.0.1:1025";
export const DEFAULT_MAIL_FROM = "Samen naar School <noreply@samennaarschool.test>";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** An empty variable counts as unset (`FOO= npm start` should not mean "FOO is the empty string"). */
const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().optional(),
);

function wholeNumber(min: number, fallback: number) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= min) return n;
    ctx.addIssue({ code: "custom", message: `must be a whole number ≥ ${min}, got '${raw}'` });
    return z.NEVER;
  });
}

/** An absolute address with one of `schemes`; `secret` keeps the value out of the message. */
function address(schemes: readonly string[], opts: { secret: boolean }) {
  const expected = schemes.map((s) => `${s}//`).join(" or ");
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    let scheme: string | undefined;
    try {
      scheme = new URL(raw).protocol;
    } catch {
      scheme = undefined;
    }
    if (scheme && schemes.includes(scheme)) return raw;
    const got = opts.secret ? "(value not shown: it may hold a password)" : `got '${raw}'`;
    ctx.addIssue({ code: "custom", message: `must be a ${expected} address, ${got}` });
    return z.NEVER;
  });
}

const ZEnvironment = z.object({
  /** PostgreSQL server; without it the embedded PGlite database (decision 0001). */
  DATABASE_URL: address(["postgresql:", "postgres:"], { secret: true }),
  EMBEDDED_DATABASE_DIR: optionalText,
  DATABASE_CONNECT_TIMEOUT_MS: wholeNumber(0, 5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber(0, 15_000),
  DATABASE_POOL_SIZE: wholeNumber(1, 10),
  NEXTAUTH_SECRET: optionalText,
  /** The public address, used in e-mail links and calendar files. */
  NEXTAUTH_URL: address(["http:", "https:"], { secret: false }),
  SMTP_URL: address(["smtp:", "smtps:"], { secret: true }),
  MAIL_FROM: optionalText,
  UPLOAD_DIR: optionalText,
  /** Reverse proxies in front of the app that append to X-Forwarded-For (0: none, trust no forwarded address). */
  TRUSTED_PROXIES: wholeNumber(0, 0),
  /** "1": demo accounts skip the second factor (decision 0018); only on a loopback NEXTAUTH_URL. */
  MFA_DEMO_RELAXED: optionalText,
  /** Outgoing mail per recipient and per sender per hour; over it mail is dropped and logged. */
  MAIL_LIMIT_PER_RECIPIENT: wholeNumber(1, 30),
  MAIL_LIMIT_PER_SENDER: wholeNumber(1, 60),
});

export interface AppConfig {
  /** Set: PostgreSQL at this address; unset: the embedded database in `embeddedDatabaseDir`. */
  databaseUrl: string | undefined;
  embeddedDatabaseDir: string;
  database: { connectTimeoutMs: number; statementTimeoutMs: number; poolSize: number };
  /** May be unset on the embedded database; see authSecret() for the rule. */
  nextAuthSecret: string | undefined;
  /** The public address without a trailing slash, e.g. "https://samennaarschool.example". */
  baseUrl: string;
  smtpUrl: string;
  mailFrom: string;
  /** Where uploaded deliverables are stored, relative to the working directory unless absolute. */
  uploadDir: string;
  /**
   * How many reverse proxies in front of the app append the address of their peer to
   * X-Forwarded-For. The access log and sign-in throttling take the client's address from
   * that header only this many hops deep (lib/access-log/client-address.ts).
   */
  trustedProxies: number;
  /** Outgoing mail per hour (lib/mail/rate-limit.ts). */
  mailLimits: { perRecipient: number; perSender: number };
  /**
   * Demo accounts (addresses in the reserved `.test` domain) that have no second factor may
   * skip it: always on the embedded database, and on PostgreSQL only with MFA_DEMO_RELAXED=1 on
   * a loopback address (the e2e server). Never for a public address (decision 0018).
   */
  mfaDemoRelaxed: boolean;
}

function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** Validates the environment; throws a ConfigError naming every variable that is wrong. */
export function parseAppConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = ZEnvironment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}.`);
  }
  const e = parsed.data;
  const baseUrl = (e.NEXTAUTH_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  if (e.MFA_DEMO_RELAXED !== undefined && (e.MFA_DEMO_RELAXED !== "1" || !isLoopback(baseUrl)))
    throw new ConfigError(
      "Invalid configuration: MFA_DEMO_RELAXED may only be 1, and only with a loopback NEXTAUTH_URL (demo and tests, never a public address).",
    );
  return {
    databaseUrl: e.DATABASE_URL,
    embeddedDatabaseDir: e.EMBEDDED_DATABASE_DIR ?? path.resolve(".data/pglite"),
    database: {
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      poolSize: e.DATABASE_POOL_SIZE,
    },
    nextAuthSecret: e.NEXTAUTH_SECRET,
    baseUrl,
    smtpUrl: e.SMTP_URL ?? DEFAULT_SMTP_URL,
    mailFrom: e.MAIL_FROM ?? DEFAULT_MAIL_FROM,
    uploadDir: e.UPLOAD_DIR ?? ".data/uploads",
    trustedProxies: e.TRUSTED_PROXIES,
    mfaDemoRelaxed: !e.DATABASE_URL || e.MFA_DEMO_RELAXED === "1",
    mailLimits: { perRecipient: e.MAIL_LIMIT_PER_RECIPIENT, perSender: e.MAIL_LIMIT_PER_SENDER },
  };
}
