-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "blocked_at" TIMESTAMPTZ(3),
ADD COLUMN     "delete_after" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "organization_settings" ADD COLUMN     "blocking_days" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "retention_months" INTEGER;

-- CreateTable
CREATE TABLE "privacy_notices" (
    "version" TEXT NOT NULL,
    "effective_on" DATE NOT NULL,
    "text_es" TEXT NOT NULL,
    "text_en" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,

    CONSTRAINT "privacy_notices_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "consent_revocations" (
    "applicant_id" UUID NOT NULL,
    "revoked_on" DATE NOT NULL,
    "channel" TEXT NOT NULL,
    "note" TEXT,
    "recorded_by_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "consent_revocations_pkey" PRIMARY KEY ("applicant_id")
);

-- CreateTable
CREATE TABLE "data_objections" (
    "applicant_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "note" TEXT,
    "recorded_by_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "data_objections_pkey" PRIMARY KEY ("applicant_id","purpose")
);

-- CreateTable
CREATE TABLE "data_disputes" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "recorded_by_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "data_disputes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "privacy_notices_effective_on_idx" ON "privacy_notices"("effective_on");

-- CreateIndex
CREATE INDEX "data_disputes_applicant_id_recorded_at_idx" ON "data_disputes"("applicant_id", "recorded_at");

-- CreateIndex
CREATE INDEX "applicants_delete_after_idx" ON "applicants"("delete_after");

-- AddForeignKey
ALTER TABLE "privacy_notices" ADD CONSTRAINT "privacy_notices_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_revocations" ADD CONSTRAINT "consent_revocations_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_revocations" ADD CONSTRAINT "consent_revocations_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_objections" ADD CONSTRAINT "data_objections_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_objections" ADD CONSTRAINT "data_objections_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_disputes" ADD CONSTRAINT "data_disputes_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_disputes" ADD CONSTRAINT "data_disputes_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
