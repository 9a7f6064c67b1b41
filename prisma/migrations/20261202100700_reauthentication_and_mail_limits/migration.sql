-- AlterTable
ALTER TABLE "Session" ADD COLUMN "reauthenticatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MailSendLog" (
    "id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "delivered" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailSendLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailSendLog_recipient_createdAt_idx" ON "MailSendLog"("recipient", "createdAt");

-- CreateIndex
CREATE INDEX "MailSendLog_sender_createdAt_idx" ON "MailSendLog"("sender", "createdAt");
