-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('JOB_LOSS', 'NEW_EMPLOYER', 'SALARY_CUT', 'SALARY_RISE', 'SCORE_BAND_DROP', 'LINK_INVALID', 'LINK_RECONNECT', 'RECORDS_UNAVAILABLE');

-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');

-- AlterTable
ALTER TABLE "consents" ADD COLUMN     "purpose" TEXT NOT NULL DEFAULT 'VERIFICATION';

-- AlterTable
ALTER TABLE "organization_settings" ADD COLUMN     "alert_recipients" TEXT NOT NULL DEFAULT 'ASSIGNED',
ADD COLUMN     "monitoring_refresh_rate" TEXT NOT NULL DEFAULT '7d',
ADD COLUMN     "salary_cut_alert_pct" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "alerts" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "snapshot_id" UUID,
    "source_key" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'OPEN',
    "details" JSONB NOT NULL,
    "recipient_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" UUID,
    "note" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "alerts_source_key_key" ON "alerts"("source_key");

-- CreateIndex
CREATE INDEX "alerts_status_created_at_idx" ON "alerts"("status", "created_at");

-- CreateIndex
CREATE INDEX "alerts_recipient_id_status_created_at_idx" ON "alerts"("recipient_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "alerts_applicant_id_created_at_idx" ON "alerts"("applicant_id", "created_at");

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_id_fkey" FOREIGN KEY ("acknowledged_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
