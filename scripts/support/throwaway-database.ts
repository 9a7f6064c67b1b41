// PostgreSQL databases created next to the one in baseUrl: one per test run (random name), or
// one with a fixed name for the benchmark.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

export async function onServer<T>(baseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createThrowawayDatabase(baseUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onServer(baseUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return handle(baseUrl, name);
}

/** A database with a fixed name: any leftover of an earlier run is dropped first. */
export async function createNamedDatabase(baseUrl: string, name: string): Promise<ThrowawayDatabase> {
  await onServer(baseUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  return handle(baseUrl, name);
}

function handle(baseUrl: string, name: string): ThrowawayDatabase {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await onServer(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
