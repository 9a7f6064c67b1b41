-- DropIndex
DROP INDEX "Organisation_kind_idx";

-- CreateIndex
CREATE INDEX "Organisation_kind_name_idx" ON "Organisation"("kind", "name");
