import "server-only";
import { watchDatabase } from "./availability";
import { createPrismaClient, type Db } from "./create-client";

export type { Db, Tx } from "./create-client";

// One client per process; kept on globalThis so hot reloads in development reuse it.
const globalForDb = globalThis as unknown as { __db?: Promise<Db> };

export function getDb(): Promise<Db> {
  globalForDb.__db ??= createPrismaClient();
  // Inside the Next.js server only: scripts and tests open and close databases themselves.
  if (process.env.NEXT_RUNTIME === "nodejs") watchDatabase(getDb);
  return globalForDb.__db;
}
