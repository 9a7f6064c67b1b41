import { describe, expect, it } from "vitest";
import { createAdapter, databaseTarget } from "../../lib/db/adapter";
import { applyPendingMigrations, diffMigrationsToSchema } from "../../lib/db/schema-engine";
import { testDb } from "./support/test-db";

describe("migrations", () => {
  it("schema.prisma and the migrations agree", async () => {
    // A fresh in-memory database: the engine applies every migration, then diffs against schema.prisma.
    const sql = await diffMigrationsToSchema(await createAdapter({ kind: "embedded", dataDir: "memory://diff-check" }));
    expect(sql, "schema.prisma has changes without a migration: run `npm run db:migration -- <name>`").toBe("");
  });

  it("applying the migrations a second time applies nothing", async () => {
    await testDb(); // migrated by global setup (PostgreSQL) or on first use (embedded)
    const applied = await applyPendingMigrations(await createAdapter(databaseTarget()));
    expect(applied).toEqual([]);
  });
});
