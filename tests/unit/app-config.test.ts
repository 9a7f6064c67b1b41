// The environment is validated in one place (lib/config): defaults when a variable is unset,
// a message naming the variable when it is malformed, and passwords never echoed.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appBaseUrl, appConfig, authSecret, ConfigError, resetAppConfig } from "../../lib/config/app-config";
import { parseAppConfig } from "../../lib/config/env-schema";

const problem = (env: Record<string, string>) => {
  try {
    parseAppConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
};

describe("parseAppConfig", () => {
  it("uses the documented defaults when nothing is set", () => {
    expect(parseAppConfig({})).toEqual({
      databaseUrl: undefined,
      embeddedDatabaseDir: path.resolve(".data/pglite"),
      database: { connectTimeoutMs: 5_000, statementTimeoutMs: 15_000, poolSize: 10 },
      nextAuthSecret: undefined,
      baseUrl: "http://localhost:3000",
      smtpUrl: "smtp://127.0.0.1:1025",
      mailFrom: "Samen naar School <noreply@samennaarschool.test>",
      uploadDir: ".data/uploads",
      trustedProxies: 0,
      mfaDemoRelaxed: true,
      mailLimits: { perRecipient: 30, perSender: 60 },
    });
  });

  it("relaxes the second factor for demo accounts on the embedded database or a loopback address only", () => {
    const pg = { DATABASE_URL: "postgresql://app:pw@db:5432/sns" };
    expect(parseAppConfig(pg).mfaDemoRelaxed).toBe(false);
    expect(parseAppConfig({ ...pg, NEXTAUTH_URL: "http://127.0.0.1:3170", MFA_DEMO_RELAXED: "1" }).mfaDemoRelaxed).toBe(
      true,
    );
    expect(() =>
      parseAppConfig({ ...pg, NEXTAUTH_URL: "https://samennaarschool.example", MFA_DEMO_RELAXED: "1" }),
    ).toThrow(/MFA_DEMO_RELAXED/);
    expect(() => parseAppConfig({ ...pg, MFA_DEMO_RELAXED: "yes" })).toThrow(/MFA_DEMO_RELAXED/);
  });

  it("reads every variable, and treats an empty one as unset", () => {
    const config = parseAppConfig({
      DATABASE_URL: "postgresql://app:pw@db:5432/sns",
      EMBEDDED_DATABASE_DIR: "memory://x",
      DATABASE_CONNECT_TIMEOUT_MS: "2000",
      DATABASE_STATEMENT_TIMEOUT_MS: "0",
      DATABASE_POOL_SIZE: " 25 ",
      NEXTAUTH_SECRET: "s3cret",
      NEXTAUTH_URL: "https://samennaarschool.example/",
      SMTP_URL: "smtps://mail:pw@relay:465",
      MAIL_FROM: "",
      UPLOAD_DIR: "/srv/uploads",
      TRUSTED_PROXIES: "2",
    });
    expect(config).toMatchObject({
      databaseUrl: "postgresql://app:pw@db:5432/sns",
      embeddedDatabaseDir: "memory://x",
      database: { connectTimeoutMs: 2_000, statementTimeoutMs: 0, poolSize: 25 },
      nextAuthSecret: "s3cret",
      baseUrl: "https://samennaarschool.example",
      smtpUrl: "smtps://mail:pw@relay:465",
      mailFrom: "Samen naar School <noreply@samennaarschool.test>",
      uploadDir: "/srv/uploads",
      trustedProxies: 2,
      mfaDemoRelaxed: false,
    });
  });

  it("names a malformed number and shows what it got", () => {
    expect(problem({ DATABASE_POOL_SIZE: "abc" })).toContain(
      "DATABASE_POOL_SIZE must be a whole number ≥ 1, got 'abc'",
    );
    expect(problem({ DATABASE_POOL_SIZE: "0" })).toContain("DATABASE_POOL_SIZE must be a whole number ≥ 1, got '0'");
    expect(problem({ DATABASE_CONNECT_TIMEOUT_MS: "1.5" })).toContain(
      "DATABASE_CONNECT_TIMEOUT_MS must be a whole number ≥ 0, got '1.5'",
    );
    expect(problem({ TRUSTED_PROXIES: "10.0.0.0/8" })).toContain(
      "TRUSTED_PROXIES must be a whole number ≥ 0, got '10.0.0.0/8'",
    );
    expect(problem({ DATABASE_STATEMENT_TIMEOUT_MS: "-1" })).toContain(
      "DATABASE_STATEMENT_TIMEOUT_MS must be a whole number ≥ 0, got '-1'",
    );
  });

  it("names a malformed address; those that may hold a password are not echoed", () => {
    expect(problem({ NEXTAUTH_URL: "samennaarschool.example" })).toContain(
      "NEXTAUTH_URL must be a http:// or https:// address, got 'samennaarschool.example'",
    );
    const database = problem({ DATABASE_URL: "mysql://root:hunter2@db/sns" });
    expect(database).toContain("DATABASE_URL must be a postgresql:// or postgres:// address");
    expect(database).not.toContain("hunter2");
    const smtp = problem({ SMTP_URL: "mail-relay:587" });
    expect(smtp).toContain("SMTP_URL must be a smtp:// or smtps:// address");
  });

  it("reports every wrong variable at once", () => {
    const message = problem({ DATABASE_POOL_SIZE: "many", NEXTAUTH_URL: "nope" });
    expect(message).toContain("DATABASE_POOL_SIZE");
    expect(message).toContain("NEXTAUTH_URL");
  });
});

describe("appConfig", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    resetAppConfig();
  });

  it("reads the environment once, until reset", () => {
    process.env.NEXTAUTH_URL = "https://een.example";
    resetAppConfig();
    expect(appBaseUrl()).toBe("https://een.example");
    process.env.NEXTAUTH_URL = "https://twee.example";
    expect(appBaseUrl()).toBe("https://een.example");
    resetAppConfig();
    expect(appBaseUrl()).toBe("https://twee.example");
  });

  it("fails on first use with the variable's name", () => {
    process.env.DATABASE_POOL_SIZE = "abc";
    resetAppConfig();
    expect(() => appConfig()).toThrow("DATABASE_POOL_SIZE must be a whole number ≥ 1, got 'abc'");
  });

  it("requires NEXTAUTH_SECRET with DATABASE_URL, not on the embedded database", () => {
    delete process.env.NEXTAUTH_SECRET;
    delete process.env.DATABASE_URL;
    resetAppConfig();
    expect(authSecret()).toBeUndefined();

    process.env.DATABASE_URL = "postgresql://db/sns";
    resetAppConfig();
    expect(appConfig().databaseUrl).toBe("postgresql://db/sns"); // migrations and scripts need no secret
    expect(() => authSecret()).toThrow("NEXTAUTH_SECRET is required when DATABASE_URL is set");

    process.env.NEXTAUTH_SECRET = "long-random-value";
    resetAppConfig();
    expect(authSecret()).toBe("long-random-value");
  });
});
