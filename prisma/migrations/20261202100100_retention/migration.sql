-- Retention (docs/decisions/0013-retention.md, lib/retention/rules.ts). The audit and the access
-- log are append-only (decision 0010); the only way to remove their rows is the function
-- retention_prune_chain() below. It removes the oldest part of a chain only, and only rows past
-- the term written into it, whatever the caller asks, and notes where it cut in HashChainAnchor
-- so `npm run audit:verify` starts there.

-- CreateTable
CREATE TABLE "HashChainAnchor" (
    "id" TEXT NOT NULL,
    "chainTable" TEXT NOT NULL,
    "lastSeq" INTEGER NOT NULL,
    "lastHash" TEXT NOT NULL,
    "prunedCount" INTEGER NOT NULL,
    "prunedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "prevHash" TEXT NOT NULL DEFAULT '',
    "hash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "HashChainAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HashChainAnchor_seq_key" ON "HashChainAnchor"("seq");

-- CreateIndex
CREATE INDEX "HashChainAnchor_chainTable_lastSeq_idx" ON "HashChainAnchor"("chainTable", "lastSeq");

-- True only while retention_prune_chain() (running as its owner) removes rows of this table: the
-- transaction-local flag names the table, the current user is the function's owner (inside the
-- SECURITY DEFINER function; a restricted app role setting the flag itself is not), and the call
-- stack passes through the function. An owner or superuser could always go around the triggers.
CREATE FUNCTION retention_prune_allowed(table_schema text, table_name text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE
  prune_fn regprocedure := to_regprocedure(quote_ident(table_schema) || '.retention_prune_chain(text,timestamptz,integer)');
  stack text;
BEGIN
  IF prune_fn IS NULL OR coalesce(current_setting('sns.retention_prune', true), '') <> table_name THEN
    RETURN false;
  END IF;
  IF current_user <> (SELECT pg_get_userbyid(p.proowner) FROM pg_proc p WHERE p.oid = prune_fn) THEN
    RETURN false;
  END IF;
  GET DIAGNOSTICS stack = PG_CONTEXT;
  RETURN stack LIKE '%function retention_prune_chain(text,timestamp with time zone,integer)%';
END
$$;

-- Append-only as before (migration 20261202061616), except the prune above. UPDATE and TRUNCATE
-- are always refused. The fixed search_path keeps a function of the same name elsewhere out.
CREATE OR REPLACE FUNCTION append_only_refuse() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'DELETE' AND retention_prune_allowed(TG_TABLE_SCHEMA, TG_TABLE_NAME) THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Anchors are written by the prune only: a forged anchor could pass off removed rows as pruned.
CREATE FUNCTION retention_anchor_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF NOT retention_prune_allowed(TG_TABLE_SCHEMA, NEW."chainTable") THEN
    RAISE EXCEPTION 'HashChainAnchor is written by retention_prune_chain() only'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "HashChainAnchor_guard" BEFORE INSERT ON "HashChainAnchor"
  FOR EACH ROW EXECUTE FUNCTION retention_anchor_guard();
CREATE TRIGGER "HashChainAnchor_hash_chain" BEFORE INSERT ON "HashChainAnchor"
  FOR EACH ROW EXECUTE FUNCTION hash_chain_link();
CREATE TRIGGER "HashChainAnchor_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "HashChainAnchor"
  FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse();

-- The audit of an arrangement is archived until seven years after the arrangement ended (its
-- last period end, or when a later arrangement replaced it, whichever is later). An event whose
-- arrangement is gone counts from the event itself.
CREATE FUNCTION retention_arrangement_archived_until(version_id text, event_at timestamp) RETURNS timestamp
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT greatest(max(v."periodEnd")::timestamp, max(a."supersededAt"))
       FROM "ArrangementVersion" s
       JOIN "Arrangement" a ON a."id" = s."arrangementId"
       JOIN "ArrangementVersion" v ON v."arrangementId" = a."id"
      WHERE s."id" = version_id),
    event_at) + interval '7 years'
$$;

-- Removes the oldest rows of a chain that are past their term as of `as_of` (capped at the
-- database's own clock, so a caller can only ask for less), up to the first row that must stay;
-- the newest row always stays (the next insert links to it). At most max_rows (capped at 10,000)
-- go per call, so each call is a short statement: call again until it removes 0. The terms are written here, not
-- passed in: anyone allowed to call this can only remove what retention would remove anyway.
-- The rows to remove are verified first (numbering, links, hashes from the last anchor on): on a
-- break nothing is removed, so the evidence stays for `npm run audit:verify`.
-- Terms: AccessLogEntry 5 years (NEN 7513); AuditEvent 5 years, events of an arrangement
-- until retention_arrangement_archived_until(). Keep lib/retention/rules.ts in step.
CREATE FUNCTION retention_prune_chain(chain_table text, as_of timestamptz, max_rows integer DEFAULT 10000)
RETURNS TABLE (removed integer, anchor_seq integer, anchor_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET "TimeZone" = 'UTC' AS $$
DECLARE
  at_time timestamptz := least(coalesce(as_of, now()), now());
  head_seq integer;
  keep_from integer;
  expect_seq integer := 1;
  expect_prev text := repeat('0', 64);
  last_seq integer;
  last_hash text;
  n integer := 0;
  r record;
BEGIN
  IF chain_table IS NULL OR chain_table NOT IN ('AuditEvent', 'AccessLogEntry') THEN
    RAISE EXCEPTION 'retention_prune_chain: % is not a chain with a retention term', chain_table
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('retention_prune:' || current_schema() || '.' || chain_table, 0));

  EXECUTE format('SELECT max("seq") FROM %I', chain_table) INTO head_seq;
  IF head_seq IS NULL THEN
    RETURN QUERY SELECT 0, NULL::integer, NULL::text;
    RETURN;
  END IF;
  IF chain_table = 'AccessLogEntry' THEN
    SELECT e."seq" INTO keep_from FROM "AccessLogEntry" e
      WHERE e."at" >= at_time - interval '5 years'
      ORDER BY e."seq" LIMIT 1;
  ELSE
    SELECT e."seq" INTO keep_from FROM "AuditEvent" e
      WHERE e."createdAt" >= at_time - interval '5 years'
         OR (e."entityType" = 'ArrangementVersion'
             AND retention_arrangement_archived_until(e."entityId", e."createdAt") >= at_time)
      ORDER BY e."seq" LIMIT 1;
  END IF;

  -- After an earlier prune the chain starts at that anchor, otherwise at seq 1 and the genesis hash.
  SELECT a."lastSeq" + 1, a."lastHash" INTO last_seq, last_hash FROM "HashChainAnchor" a
    WHERE a."chainTable" = chain_table ORDER BY a."lastSeq" DESC LIMIT 1;
  IF FOUND THEN
    expect_seq := last_seq;
    expect_prev := last_hash;
  END IF;
  last_seq := NULL;
  last_hash := NULL;
  keep_from := least(coalesce(keep_from, head_seq), head_seq,
                     expect_seq + greatest(1, least(coalesce(max_rows, 10000), 10000)));

  FOR r IN EXECUTE format(
    'SELECT t."id", t."seq", t."prevHash", t."hash",
            encode(sha256(convert_to(t."prevHash" || hash_chain_content(to_jsonb(t)), ''UTF8'')), ''hex'') AS expected
       FROM %I AS t WHERE t."seq" <= $1 ORDER BY t."seq"', chain_table) USING keep_from
  LOOP
    IF r."seq" <> expect_seq OR r."prevHash" <> expect_prev OR (r."seq" < keep_from AND r."hash" <> r.expected) THEN
      RAISE EXCEPTION '%: the hash chain is broken at seq % (id %): nothing pruned; run npm run audit:verify',
        chain_table, r."seq", r."id" USING ERRCODE = 'data_corrupted';
    END IF;
    IF r."seq" < keep_from THEN
      n := n + 1;
      last_seq := r."seq";
      last_hash := r."hash";
    END IF;
    expect_seq := r."seq" + 1;
    expect_prev := r."hash";
  END LOOP;
  IF n = 0 THEN
    RETURN QUERY SELECT 0, NULL::integer, NULL::text;
    RETURN;
  END IF;

  PERFORM set_config('sns.retention_prune', chain_table, true);
  EXECUTE format('DELETE FROM %I WHERE "seq" <= $1', chain_table) USING last_seq;
  INSERT INTO "HashChainAnchor" ("id", "chainTable", "lastSeq", "lastHash", "prunedCount", "prunedAt")
    VALUES (gen_random_uuid()::text, chain_table, last_seq, last_hash, n, now());
  PERFORM set_config('sns.retention_prune', '', true);
  RETURN QUERY SELECT n, last_seq, last_hash;
END
$$;
