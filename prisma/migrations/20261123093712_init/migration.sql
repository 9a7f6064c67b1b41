-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SCHOOLBESTUUR', 'SCHOOL', 'SWV', 'GEMEENTE', 'ZORGAANBIEDER', 'ZORGKANTOOR', 'OUDERINITIATIEF', 'STEUNPUNT');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('BEHEERDER', 'MEDEWERKER', 'LEZER');

-- CreateEnum
CREATE TYPE "Phase" AS ENUM ('VERKENNING', 'VOORBEREIDING', 'INRICHTING', 'UITVOERING', 'BORGING');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('INITIATIEFNEMER', 'SCHOOL', 'SCHOOLBESTUUR', 'SWV', 'GEMEENTE', 'ZORGAANBIEDER', 'ZORGKANTOOR', 'OUDER');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "brin" TEXT,
    "swvCode" TEXT,
    "cbsCode" TEXT,
    "boardId" TEXT,
    "gemeenteId" TEXT,
    "fictitious" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SwvGemeente" (
    "swvId" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,

    CONSTRAINT "SwvGemeente_pkey" PRIMARY KEY ("swvId","gemeenteId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "hostSchoolId" TEXT,
    "swvId" TEXT,
    "phase" "Phase" NOT NULL DEFAULT 'VERKENNING',
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeGemeente" (
    "initiativeId" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,

    CONSTRAINT "InitiativeGemeente_pkey" PRIMARY KEY ("initiativeId","gemeenteId")
);

-- CreateTable
CREATE TABLE "InitiativeParticipant" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "organisationId" TEXT,
    "userId" TEXT,
    "role" "ParticipantRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actingOrganisationId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_brin_key" ON "Organisation"("brin");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_swvCode_key" ON "Organisation"("swvCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_cbsCode_key" ON "Organisation"("cbsCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_boardId_idx" ON "Organisation"("boardId");

-- CreateIndex
CREATE INDEX "Organisation_gemeenteId_idx" ON "Organisation"("gemeenteId");

-- CreateIndex
CREATE INDEX "SwvGemeente_gemeenteId_idx" ON "SwvGemeente"("gemeenteId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_key" ON "Membership"("userId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_createdAt_idx" ON "Invitation"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Initiative_hostSchoolId_idx" ON "Initiative"("hostSchoolId");

-- CreateIndex
CREATE INDEX "Initiative_swvId_phase_idx" ON "Initiative"("swvId", "phase");

-- CreateIndex
CREATE INDEX "Initiative_phase_idx" ON "Initiative"("phase");

-- CreateIndex
CREATE INDEX "InitiativeGemeente_gemeenteId_idx" ON "InitiativeGemeente"("gemeenteId");

-- CreateIndex
CREATE INDEX "InitiativeParticipant_organisationId_idx" ON "InitiativeParticipant"("organisationId");

-- CreateIndex
CREATE INDEX "InitiativeParticipant_userId_idx" ON "InitiativeParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeParticipant_initiativeId_organisationId_key" ON "InitiativeParticipant"("initiativeId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeParticipant_initiativeId_userId_key" ON "InitiativeParticipant"("initiativeId", "userId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_createdAt_idx" ON "AuditEvent"("actorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SwvGemeente" ADD CONSTRAINT "SwvGemeente_swvId_fkey" FOREIGN KEY ("swvId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SwvGemeente" ADD CONSTRAINT "SwvGemeente_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_hostSchoolId_fkey" FOREIGN KEY ("hostSchoolId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_swvId_fkey" FOREIGN KEY ("swvId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeGemeente" ADD CONSTRAINT "InitiativeGemeente_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeGemeente" ADD CONSTRAINT "InitiativeGemeente_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeParticipant" ADD CONSTRAINT "InitiativeParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
