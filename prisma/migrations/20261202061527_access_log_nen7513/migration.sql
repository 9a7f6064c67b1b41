-- CreateEnum
CREATE TYPE "AccessAction" AS ENUM ('VIEW', 'CHANGE', 'EXPORT', 'DOWNLOAD', 'PRINT', 'SIGN_IN', 'SIGN_IN_FAILED');

-- CreateEnum
CREATE TYPE "AccessSubject" AS ENUM ('CHILD', 'CHILD_DOCUMENT', 'ARRANGEMENT', 'DASHBOARD', 'MEETING', 'STEP_FILE', 'ACCOUNT', 'ACCESS_LOG');

-- CreateEnum
CREATE TYPE "AccessRole" AS ENUM ('BEHEERDER', 'MEDEWERKER', 'LEZER', 'PARENT');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "privacyOfficer" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorName" TEXT,
    "actingOrganisationId" TEXT,
    "actingOrganisationName" TEXT,
    "actingRole" "AccessRole",
    "action" "AccessAction" NOT NULL,
    "subjectType" "AccessSubject" NOT NULL,
    "subjectId" TEXT,
    "childId" TEXT,
    "initiativeId" TEXT,
    "clientAddress" TEXT NOT NULL,
    "userAgent" TEXT,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessLogEntry_childId_at_idx" ON "AccessLogEntry"("childId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_actingOrganisationId_at_idx" ON "AccessLogEntry"("actingOrganisationId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_actorUserId_at_idx" ON "AccessLogEntry"("actorUserId", "at");
