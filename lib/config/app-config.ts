// The app's configuration, read from the environment on first use and then kept: scripts and
// tests that set variables before that still take effect. Tests that change a variable later
// call resetAppConfig(). Not server-only: the scripts in scripts/ use it too.
import { ConfigError, parseAppConfig, type AppConfig } from "./env-schema";

export type { AppConfig };
export { ConfigError };

let cached: AppConfig | undefined;

export function appConfig(): AppConfig {
  cached ??= parseAppConfig(process.env);
  return cached;
}

/** Tests: read the environment again at the next appConfig(). */
export function resetAppConfig(): void {
  cached = undefined;
}

/** The public address of the app without a trailing slash, for links in e-mails and files. */
export function appBaseUrl(): string {
  return appConfig().baseUrl;
}

/**
 * The secret that signs sessions. Required with DATABASE_URL (production); on the embedded
 * database it may be unset (`npm run dev` and `npm start` create one in .data/auth-secret).
 * Asked for only when sessions are signed or read, so migrations and scripts need none.
 */
export function authSecret(): string | undefined {
  const config = appConfig();
  if (config.databaseUrl && !config.nextAuthSecret)
    throw new ConfigError(
      "Invalid configuration: NEXTAUTH_SECRET is required when DATABASE_URL is set (a long random value, e.g. `openssl rand -base64 32`).",
    );
  return config.nextAuthSecret;
}
