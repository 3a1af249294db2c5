-- The underwriting workflow: decision status in the worklist, amendments, four-eyes sign-off,
-- and in-app notifications.
-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('PENDING', 'AWAITING_SIGN_OFF', 'REFERRED', 'APPROVED', 'DECLINED');

-- CreateEnum
CREATE TYPE "SignOffState" AS ENUM ('REQUIRED', 'SIGNED', 'RETURNED');

-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "decision_status" "DecisionStatus" NOT NULL DEFAULT 'PENDING';

-- AlterTable
ALTER TABLE "decisions" ADD COLUMN     "acknowledged_flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "amend_reason" TEXT,
ADD COLUMN     "amends_id" UUID,
ADD COLUMN     "sign_off" "SignOffState",
ADD COLUMN     "sign_off_note" TEXT,
ADD COLUMN     "signed_off_at" TIMESTAMPTZ(3),
ADD COLUMN     "signed_off_by_id" UUID;

-- AlterTable
ALTER TABLE "organization_settings" ADD COLUMN     "four_eyes_approval" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "applicant_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_created_at_idx" ON "notifications"("user_id", "read_at", "created_at");

-- CreateIndex
CREATE INDEX "applicants_decision_status_created_at_idx" ON "applicants"("decision_status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "decisions_amends_id_key" ON "decisions"("amends_id");

-- CreateIndex
CREATE INDEX "decisions_sign_off_idx" ON "decisions"("sign_off");

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_signed_off_by_id_fkey" FOREIGN KEY ("signed_off_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_amends_id_fkey" FOREIGN KEY ("amends_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing applicants take the status of their newest decision (before this migration every
-- decision was final and none needed a sign-off).
UPDATE "applicants" AS a
SET "decision_status" = CASE d."outcome"
      WHEN 'APPROVE' THEN 'APPROVED'::"DecisionStatus"
      WHEN 'DECLINE' THEN 'DECLINED'::"DecisionStatus"
      ELSE 'REFERRED'::"DecisionStatus"
    END,
    "decided_at" = d."created_at"
FROM (
  SELECT DISTINCT ON ("applicant_id") "applicant_id", "outcome", "created_at"
  FROM "decisions"
  ORDER BY "applicant_id", "created_at" DESC, "id" DESC
) AS d
WHERE d."applicant_id" = a."id";

-- The queue's stored flags gain `name-mismatch` (the name on record is not the one typed):
-- recompute every applicant's summary in the background.
INSERT INTO "background_jobs" ("id", "kind", "payload")
  SELECT gen_random_uuid(), 'applicants.resummarize', '{}'::jsonb
  WHERE EXISTS (SELECT 1 FROM "applicants");
