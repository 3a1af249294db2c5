-- DropIndex
DROP INDEX "alerts_created_at_severity_id_idx";

-- DropIndex
DROP INDEX "alerts_status_created_at_idx";

-- CreateIndex
CREATE INDEX "alerts_status_kind_created_at_idx" ON "alerts"("status", "kind", "created_at");

-- CreateIndex
CREATE INDEX "alerts_created_at_severity_id_status_kind_recipient_id_idx" ON "alerts"("created_at" DESC, "severity", "id" DESC, "status", "kind", "recipient_id");
