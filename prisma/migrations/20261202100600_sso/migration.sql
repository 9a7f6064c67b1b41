-- CreateTable
CREATE TABLE "OrganisationSsoConfig" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretEncrypted" TEXT NOT NULL,
    "allowedDomains" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationSsoConfig_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSsoIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserSsoIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationSsoConfig_organisationId_key" ON "OrganisationSsoConfig"("organisationId");

-- CreateIndex
CREATE INDEX "UserSsoIdentity_userId_idx" ON "UserSsoIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserSsoIdentity_issuer_subject_key" ON "UserSsoIdentity"("issuer", "subject");

-- AddForeignKey
ALTER TABLE "OrganisationSsoConfig" ADD CONSTRAINT "OrganisationSsoConfig_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSsoIdentity" ADD CONSTRAINT "UserSsoIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
