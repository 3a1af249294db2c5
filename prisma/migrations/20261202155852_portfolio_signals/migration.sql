-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "current_employer_id" TEXT,
ADD COLUMN     "nss_hash" TEXT;

-- AlterTable
ALTER TABLE "organization_settings" ADD COLUMN     "concentration_applicants" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "concentration_days" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "signal_dismissals" (
    "applicant_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "dismissed_by_id" UUID,
    "dismissed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "signal_dismissals_pkey" PRIMARY KEY ("applicant_id","code")
);

-- CreateIndex
CREATE INDEX "applicants_current_employer_id_created_at_idx" ON "applicants"("current_employer_id", "created_at");

-- CreateIndex
CREATE INDEX "applicants_nss_hash_idx" ON "applicants"("nss_hash");

-- AddForeignKey
ALTER TABLE "signal_dismissals" ADD CONSTRAINT "signal_dismissals_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signal_dismissals" ADD CONSTRAINT "signal_dismissals_dismissed_by_id_fkey" FOREIGN KEY ("dismissed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every applicant's summary gains its main current job's registro patronal and its NSS's keyed
-- hash, and the stored flags the portfolio signals: recompute the summaries in the background.
INSERT INTO "background_jobs" ("id", "kind", "payload")
  SELECT gen_random_uuid(), 'applicants.resummarize', '{}'::jsonb
  WHERE EXISTS (SELECT 1 FROM "applicants");
