-- The access log (NEN 7513) becomes append-only and hash-chained like the audit
-- (docs/decisions/0010-append-only-audit.md), with the generic functions of migration
-- 20261202061616_audit_hash_chain.

-- AlterTable
ALTER TABLE "AccessLogEntry" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seq" INTEGER NOT NULL DEFAULT 0;

-- Backfill: existing entries, oldest first, become the start of the chain.
DO $$
DECLARE
  r record;
  n integer := 0;
  prev text := repeat('0', 64);
BEGIN
  PERFORM set_config('TimeZone', 'UTC', true);
  FOR r IN SELECT "id" FROM "AccessLogEntry" ORDER BY "at", "id" LOOP
    n := n + 1;
    UPDATE "AccessLogEntry" SET "seq" = n, "prevHash" = prev WHERE "id" = r."id";
    UPDATE "AccessLogEntry" AS t
      SET "hash" = encode(sha256(convert_to(t."prevHash" || hash_chain_content(to_jsonb(t)), 'UTF8')), 'hex')
      WHERE t."id" = r."id"
      RETURNING t."hash" INTO prev;
  END LOOP;
END
$$;

-- CreateIndex
CREATE UNIQUE INDEX "AccessLogEntry_seq_key" ON "AccessLogEntry"("seq");

CREATE TRIGGER "AccessLogEntry_hash_chain" BEFORE INSERT ON "AccessLogEntry"
  FOR EACH ROW EXECUTE FUNCTION hash_chain_link();
CREATE TRIGGER "AccessLogEntry_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AccessLogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse();
