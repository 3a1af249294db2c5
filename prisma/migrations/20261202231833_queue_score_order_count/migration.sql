-- The queue sorts by score with empty scores last in both directions, then by id, and reads a
-- page near the end backwards: each order (and its exact reverse) is one of these two indexes,
-- so neither the first nor the last page sorts the rows without a score.

-- DropIndex
DROP INDEX "applicants_score_12_idx";

-- CreateIndex
CREATE INDEX "applicants_score_12_id_idx" ON "applicants"("score_12", "id");

-- CreateIndex (hand-edited: Prisma's schema cannot say NULLS LAST; a plain DESC puts them first)
CREATE INDEX "applicants_score_12_desc_id_idx" ON "applicants"("score_12" DESC NULLS LAST, "id");

-- The queue's exact count (a page past the first thousand rows): answered from this index alone.
-- CreateIndex
CREATE INDEX "applicants_decision_status_blocked_at_idx" ON "applicants"("decision_status", "blocked_at");
