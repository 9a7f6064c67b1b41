// Chooses the database behind Prisma: the PostgreSQL server in DATABASE_URL, or an
// embedded PGlite database (real PostgreSQL in WASM) under .data/ when none is set.
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { appConfig, type AppConfig } from "../config/app-config";
import { acquireEmbeddedLock } from "./embedded-lock";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

export function databaseTarget(
  config: Pick<AppConfig, "databaseUrl" | "embeddedDatabaseDir"> = appConfig(),
): DatabaseTarget {
  if (config.databaseUrl) return { kind: "postgres", url: config.databaseUrl };
  return { kind: "embedded", dataDir: config.embeddedDatabaseDir };
}

type PGliteInstance = import("@electric-sql/pglite").PGlite;
const globalForPglite = globalThis as unknown as { __pglite?: Map<string, Promise<PGliteInstance>> };

/** One PGlite per data directory and process: two instances on one directory corrupt it. */
export function embeddedDatabase(dataDir: string): Promise<PGliteInstance> {
  globalForPglite.__pglite ??= new Map();
  let instance = globalForPglite.__pglite.get(dataDir);
  if (!instance) {
    instance = (async () => {
      const { PGlite } = await import("@electric-sql/pglite");
      if (!dataDir.startsWith("memory://")) {
        acquireEmbeddedLock(dataDir);
        mkdirSync(dataDir, { recursive: true });
      }
      const db = new PGlite(dataDir);
      await db.waitReady;
      return db;
    })();
    globalForPglite.__pglite.set(dataDir, instance);
    // A refused open (the folder is another process's) is tried again on the next call.
    instance.catch(() => globalForPglite.__pglite?.delete(dataDir));
  }
  return instance;
}

export async function createAdapter(
  target: DatabaseTarget = databaseTarget(),
): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (target.kind === "postgres") {
    const { connectTimeoutMs, statementTimeoutMs, poolSize } = appConfig().database;
    return new PrismaPg({
      connectionString: target.url,
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeoutMs,
      // The server's statement timeout does nothing when the server itself is frozen or the
      // network drops packets: the client gives up a second later, and keepalive notices dead
      // connections in the pool instead of handing them out.
      query_timeout: statementTimeoutMs + 1000,
      keepAlive: true,
      max: poolSize,
    });
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return new PrismaPGlite(await embeddedDatabase(target.dataDir));
}
