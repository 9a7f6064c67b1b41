-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CHILD_ERASURE';

-- AlterTable
ALTER TABLE "Child" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ChildErasureRequest" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "effectiveAfter" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "carriedOutAt" TIMESTAMP(3),

    CONSTRAINT "ChildErasureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChildErasureRequest_childId_key" ON "ChildErasureRequest"("childId");

-- CreateIndex
CREATE INDEX "ChildErasureRequest_effectiveAfter_idx" ON "ChildErasureRequest"("effectiveAfter");

-- AddForeignKey
ALTER TABLE "ChildErasureRequest" ADD CONSTRAINT "ChildErasureRequest_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildErasureRequest" ADD CONSTRAINT "ChildErasureRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildErasureRequest" ADD CONSTRAINT "ChildErasureRequest_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
