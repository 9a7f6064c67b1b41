-- DropIndex
DROP INDEX "ArrangementApproval_versionId_partyKey_key";

-- AlterTable
ALTER TABLE "ArrangementApproval" ADD COLUMN     "childId" TEXT,
ADD COLUMN     "onBehalfOfId" TEXT;

-- CreateIndex
CREATE INDEX "ArrangementApproval_childId_idx" ON "ArrangementApproval"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "ArrangementApproval_versionId_partyKey_childId_key" ON "ArrangementApproval"("versionId", "partyKey", "childId");

-- AddForeignKey
ALTER TABLE "ArrangementApproval" ADD CONSTRAINT "ArrangementApproval_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementApproval" ADD CONSTRAINT "ArrangementApproval_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
