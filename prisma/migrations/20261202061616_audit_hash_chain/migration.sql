-- Append-only, hash-chained audit (docs/decisions/0010-append-only-audit.md).
-- The two functions are generic: any table with "seq" INTEGER/BIGINT UNIQUE, "prevHash" TEXT and
-- "hash" TEXT columns can be chained and made append-only with the same triggers (see the end).

-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_actorUserId_fkey";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seq" INTEGER NOT NULL DEFAULT 0;

-- A chained row's canonical content: the row as jsonb (keys in jsonb's fixed order) without the
-- chain's own "prevHash" and "hash" and without top-level nulls, so a nullable column added later
-- leaves the hashes of older rows intact. lib/audit/hash-chain.ts repeats this expression.
CREATE FUNCTION hash_chain_content(row_data jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)::text
  FROM jsonb_each(row_data - 'prevHash' - 'hash') AS e
  WHERE e.value <> 'null'::jsonb
$$;

-- BEFORE INSERT: links the new row to the chain's head. The advisory lock is per table and held
-- until the transaction ends, so concurrent writers append one after another in commit order and
-- the head read below (a fresh snapshot per statement in READ COMMITTED) sees the last commit.
-- Whatever the insert supplied for seq, prevHash and hash is overwritten.
CREATE FUNCTION hash_chain_link() RETURNS trigger
LANGUAGE plpgsql SET "TimeZone" = 'UTC' AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('hash_chain:' || TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 0));
  EXECUTE format('SELECT "seq", "hash" FROM %I.%I ORDER BY "seq" DESC LIMIT 1', TG_TABLE_SCHEMA, TG_TABLE_NAME)
    INTO head_seq, head_hash;
  NEW."seq" := coalesce(head_seq, 0) + 1;
  NEW."prevHash" := coalesce(head_hash, repeat('0', 64));
  NEW."hash" := encode(sha256(convert_to(NEW."prevHash" || hash_chain_content(to_jsonb(NEW)), 'UTF8')), 'hex');
  RETURN NEW;
END
$$;

-- BEFORE UPDATE / DELETE / TRUNCATE (statement level): append-only, for every role that does
-- not own the table or disable its triggers (superusers included).
CREATE FUNCTION append_only_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Backfill: the existing rows, oldest first, become the start of the chain.
DO $$
DECLARE
  r record;
  n integer := 0;
  prev text := repeat('0', 64);
BEGIN
  PERFORM set_config('TimeZone', 'UTC', true);
  FOR r IN SELECT "id" FROM "AuditEvent" ORDER BY "createdAt", "id" LOOP
    n := n + 1;
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = prev WHERE "id" = r."id";
    UPDATE "AuditEvent" AS t
      SET "hash" = encode(sha256(convert_to(t."prevHash" || hash_chain_content(to_jsonb(t)), 'UTF8')), 'hex')
      WHERE t."id" = r."id"
      RETURNING t."hash" INTO prev;
  END LOOP;
END
$$;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE TRIGGER "AuditEvent_hash_chain" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION hash_chain_link();
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse();
