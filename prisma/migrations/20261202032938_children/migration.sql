-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('INVITED', 'ACTIVE', 'DECLINED', 'REMOVED');

-- CreateEnum
CREATE TYPE "GuardianStatus" AS ENUM ('INVITED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "ChildDecisionStatus" AS ENUM ('AANGEVRAAGD', 'TOEGEKEND', 'AFGEWEZEN');

-- CreateEnum
CREATE TYPE "TlvCategory" AS ENUM ('LAAG', 'MIDDEN', 'HOOG');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('ONDERWIJS', 'ZORG', 'FINANCIERING');

-- AlterTable
ALTER TABLE "InitiativeParticipant" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "invitedById" TEXT,
ADD COLUMN     "status" "ParticipantStatus" NOT NULL DEFAULT 'ACTIVE';

-- AlterTable
ALTER TABLE "StepDeliverable" ADD COLUMN     "containsChildData" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Child" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "fictitious" BOOLEAN NOT NULL DEFAULT false,
    "schoolId" TEXT,
    "enrolledOn" DATE,
    "tlvStatus" "ChildDecisionStatus",
    "tlvCategory" "TlvCategory",
    "tlvFrom" DATE,
    "tlvTo" DATE,
    "tlvDecidedOn" DATE,
    "oppPresent" BOOLEAN NOT NULL DEFAULT false,
    "oppEvaluatedOn" DATE,
    "oppDeviatesFromTeachingTime" BOOLEAN NOT NULL DEFAULT false,
    "oppDeviationReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildGuardian" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "GuardianStatus" NOT NULL,
    "invitedById" TEXT,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChildGuardian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuardianMandate" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "GuardianMandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildCare" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "fundingStream" "FundingStream" NOT NULL,
    "status" "ChildDecisionStatus" NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "hoursPerWeekHundredths" INTEGER,
    "budgetCentsPerYear" INTEGER,
    "providerOrganisationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChildCare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildConsent" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "scope" "ConsentScope" NOT NULL,
    "endsOn" DATE,
    "givenById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,

    CONSTRAINT "ChildConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildDocument" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "scope" "ConsentScope" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChildDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Child_initiativeId_idx" ON "Child"("initiativeId");

-- CreateIndex
CREATE INDEX "Child_schoolId_idx" ON "Child"("schoolId");

-- CreateIndex
CREATE INDEX "ChildGuardian_userId_status_idx" ON "ChildGuardian"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ChildGuardian_childId_userId_key" ON "ChildGuardian"("childId", "userId");

-- CreateIndex
CREATE INDEX "GuardianMandate_childId_revokedAt_idx" ON "GuardianMandate"("childId", "revokedAt");

-- CreateIndex
CREATE INDEX "GuardianMandate_toUserId_idx" ON "GuardianMandate"("toUserId");

-- CreateIndex
CREATE INDEX "ChildCare_childId_idx" ON "ChildCare"("childId");

-- CreateIndex
CREATE INDEX "ChildConsent_childId_organisationId_idx" ON "ChildConsent"("childId", "organisationId");

-- CreateIndex
CREATE INDEX "ChildConsent_organisationId_withdrawnAt_idx" ON "ChildConsent"("organisationId", "withdrawnAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChildDocument_storageKey_key" ON "ChildDocument"("storageKey");

-- CreateIndex
CREATE INDEX "ChildDocument_childId_createdAt_idx" ON "ChildDocument"("childId", "createdAt");

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildGuardian" ADD CONSTRAINT "ChildGuardian_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildGuardian" ADD CONSTRAINT "ChildGuardian_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildGuardian" ADD CONSTRAINT "ChildGuardian_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildGuardian" ADD CONSTRAINT "ChildGuardian_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuardianMandate" ADD CONSTRAINT "GuardianMandate_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuardianMandate" ADD CONSTRAINT "GuardianMandate_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuardianMandate" ADD CONSTRAINT "GuardianMandate_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildCare" ADD CONSTRAINT "ChildCare_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildCare" ADD CONSTRAINT "ChildCare_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildConsent" ADD CONSTRAINT "ChildConsent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildConsent" ADD CONSTRAINT "ChildConsent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildConsent" ADD CONSTRAINT "ChildConsent_givenById_fkey" FOREIGN KEY ("givenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildConsent" ADD CONSTRAINT "ChildConsent_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildDocument" ADD CONSTRAINT "ChildDocument_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildDocument" ADD CONSTRAINT "ChildDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
