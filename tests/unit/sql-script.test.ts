import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSqlScript } from "../../lib/db/sql-script";

describe("splitSqlScript", () => {
  it("splits on semicolons outside quotes, comments and dollar-quoted bodies", () => {
    const script = [
      "-- a comment; not a statement",
      "CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine');",
      "/* block; comment */ SELECT 1;",
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN NEW; END $$;",
      "DO $body$ BEGIN RAISE NOTICE 'x;y'; END $body$;",
      "-- trailing comment",
    ].join("\n");
    expect(splitSqlScript(script)).toEqual([
      "-- a comment; not a statement\nCREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine')",
      "/* block; comment */ SELECT 1",
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN NEW; END $$",
      "DO $body$ BEGIN RAISE NOTICE 'x;y'; END $body$",
    ]);
  });

  it("keeps positional parameters ($1) as ordinary text", () => {
    expect(splitSqlScript("SELECT $1; SELECT 2")).toEqual(["SELECT $1", "SELECT 2"]);
  });

  it("gives the project's migrations the same statements as a plain split where they hold no bodies", () => {
    for (const dir of readdirSync("prisma/migrations").filter((d) => !d.endsWith(".toml"))) {
      const sql = readFileSync(`prisma/migrations/${dir}/migration.sql`, "utf8");
      if (sql.includes("$$")) continue;
      const naive = sql
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s.replace(/--[^\n]*/g, "").trim().length > 0);
      expect(splitSqlScript(sql), dir).toEqual(naive);
    }
  });
});
