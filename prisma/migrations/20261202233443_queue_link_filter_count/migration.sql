-- The queue's link filter (IMSS + connected: about half of all applicants) counts its first
-- 10,001 matches (lib/queue/list.ts): with the decision and blocking columns in the index, that
-- count reads the index alone. The page still comes from the index in created order.

-- DropIndex
DROP INDEX "applicants_institution_link_status_created_at_idx";

-- CreateIndex
CREATE INDEX "applicants_institution_link_status_created_at_decision_stat_idx" ON "applicants"("institution", "link_status", "created_at", "decision_status", "blocked_at");
