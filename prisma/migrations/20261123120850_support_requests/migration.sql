-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "supportRequest" TEXT,
ADD COLUMN     "supportRequestedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Initiative_supportRequestedAt_idx" ON "Initiative"("supportRequestedAt");
