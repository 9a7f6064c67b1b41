-- CreateEnum
CREATE TYPE "ArrangementComponent" AS ENUM ('ONDERWIJS', 'ONDERWIJSONDERSTEUNING', 'BEGELEIDING', 'PERSOONLIJKE_VERZORGING', 'VERPLEGING', 'BEHANDELING', 'VERVOER', 'AANPASSING_HUISVESTING', 'COORDINATIE', 'OVERIG');

-- CreateEnum
CREATE TYPE "FundingStream" AS ENUM ('ONDERWIJSBEKOSTIGING', 'SWV_BUDGET', 'JEUGDWET', 'WMO', 'ZVW', 'WLZ', 'PGB', 'SUBSIDIE_OVERIG');

-- CreateEnum
CREATE TYPE "ArrangementVersionState" AS ENUM ('CONCEPT', 'TER_BEOORDELING', 'VASTGESTELD');

-- CreateTable
CREATE TABLE "Arrangement" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Arrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementVersion" (
    "id" TEXT NOT NULL,
    "arrangementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "ArrangementVersionState" NOT NULL DEFAULT 'CONCEPT',
    "scenario" "Scenario" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "lockVersion" INTEGER NOT NULL DEFAULT 1,
    "basedOnVersionId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "establishedAt" TIMESTAMP(3),

    CONSTRAINT "ArrangementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementLine" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "lineKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "component" "ArrangementComponent" NOT NULL,
    "description" TEXT NOT NULL,
    "fundingStream" "FundingStream" NOT NULL,
    "payerOrganisationId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,
    "hoursPerWeekHundredths" INTEGER,
    "amountCentsPerYear" INTEGER,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "ArrangementLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementApproval" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "partyKey" TEXT NOT NULL,
    "approvedById" TEXT NOT NULL,
    "carriedFromVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArrangementApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementChangeRequest" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "partyKey" TEXT NOT NULL,
    "lineKey" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArrangementChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Arrangement_initiativeId_supersededAt_idx" ON "Arrangement"("initiativeId", "supersededAt");

-- CreateIndex
CREATE INDEX "ArrangementVersion_state_submittedAt_idx" ON "ArrangementVersion"("state", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArrangementVersion_arrangementId_number_key" ON "ArrangementVersion"("arrangementId", "number");

-- CreateIndex
CREATE INDEX "ArrangementLine_payerOrganisationId_fundingStream_idx" ON "ArrangementLine"("payerOrganisationId", "fundingStream");

-- CreateIndex
CREATE UNIQUE INDEX "ArrangementLine_versionId_lineKey_key" ON "ArrangementLine"("versionId", "lineKey");

-- CreateIndex
CREATE UNIQUE INDEX "ArrangementApproval_versionId_partyKey_key" ON "ArrangementApproval"("versionId", "partyKey");

-- CreateIndex
CREATE INDEX "ArrangementChangeRequest_versionId_idx" ON "ArrangementChangeRequest"("versionId");

-- AddForeignKey
ALTER TABLE "Arrangement" ADD CONSTRAINT "Arrangement_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementVersion" ADD CONSTRAINT "ArrangementVersion_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "Arrangement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementVersion" ADD CONSTRAINT "ArrangementVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementLine" ADD CONSTRAINT "ArrangementLine_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArrangementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementLine" ADD CONSTRAINT "ArrangementLine_payerOrganisationId_fkey" FOREIGN KEY ("payerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementLine" ADD CONSTRAINT "ArrangementLine_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementApproval" ADD CONSTRAINT "ArrangementApproval_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArrangementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementApproval" ADD CONSTRAINT "ArrangementApproval_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementChangeRequest" ADD CONSTRAINT "ArrangementChangeRequest_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArrangementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementChangeRequest" ADD CONSTRAINT "ArrangementChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
