-- CreateEnum
CREATE TYPE "Scenario" AS ENUM ('SCENARIO_1', 'SCENARIO_2');

-- CreateEnum
CREATE TYPE "CareOption" AS ENUM ('BESTAANDE_AANBIEDER', 'NIEUW_DOOR_OUDERS', 'NIEUW_DOOR_BESTUUR');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('NIET_GESTART', 'BEZIG', 'AFGEROND', 'NIET_VAN_TOEPASSING');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('SCENARIO', 'CARE_OPTION');

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "careOption" "CareOption",
ADD COLUMN     "doelgroep" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "motivation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "needs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "scenario" "Scenario",
ADD COLUMN     "templateVersion" INTEGER;

-- CreateTable
CREATE TABLE "StappenplanTemplate" (
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StappenplanTemplate_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "InitiativeStep" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "phase" "Phase" NOT NULL,
    "position" INTEGER NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "status" "StepStatus" NOT NULL DEFAULT 'NIET_GESTART',
    "notApplicableReason" TEXT,
    "ownerOrganisationId" TEXT,
    "ownerUserId" TEXT,
    "dueDate" DATE,
    "notes" TEXT NOT NULL DEFAULT '',
    "removedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiativeStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeDecision" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "value" TEXT NOT NULL,
    "previousValue" TEXT,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseTransition" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "fromPhase" "Phase" NOT NULL,
    "toPhase" "Phase" NOT NULL,
    "override" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "byUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhaseTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeInvitation" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InitiativeStep_initiativeId_phase_position_idx" ON "InitiativeStep"("initiativeId", "phase", "position");

-- CreateIndex
CREATE INDEX "InitiativeStep_ownerOrganisationId_status_idx" ON "InitiativeStep"("ownerOrganisationId", "status");

-- CreateIndex
CREATE INDEX "InitiativeStep_ownerUserId_status_idx" ON "InitiativeStep"("ownerUserId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeStep_initiativeId_key_key" ON "InitiativeStep"("initiativeId", "key");

-- CreateIndex
CREATE INDEX "InitiativeDecision_initiativeId_createdAt_idx" ON "InitiativeDecision"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "PhaseTransition_initiativeId_createdAt_idx" ON "PhaseTransition"("initiativeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeInvitation_tokenHash_key" ON "InitiativeInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "InitiativeInvitation_initiativeId_createdAt_idx" ON "InitiativeInvitation"("initiativeId", "createdAt");

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_templateVersion_fkey" FOREIGN KEY ("templateVersion") REFERENCES "StappenplanTemplate"("version") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeStep" ADD CONSTRAINT "InitiativeStep_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeStep" ADD CONSTRAINT "InitiativeStep_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeStep" ADD CONSTRAINT "InitiativeStep_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeDecision" ADD CONSTRAINT "InitiativeDecision_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeDecision" ADD CONSTRAINT "InitiativeDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseTransition" ADD CONSTRAINT "PhaseTransition_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseTransition" ADD CONSTRAINT "PhaseTransition_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeInvitation" ADD CONSTRAINT "InitiativeInvitation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeInvitation" ADD CONSTRAINT "InitiativeInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
