-- CreateIndex
CREATE INDEX "alerts_created_at_severity_id_idx" ON "alerts"("created_at" DESC, "severity", "id" DESC);
