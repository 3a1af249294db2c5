-- Trigram indexes for the queue's search (a name fragment, a reference prefix, any case): ILIKE
-- patterns of three or more characters are answered from the index instead of a full scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "applicants_name_trgm_idx" ON "applicants" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "applicants_reference_trgm_idx" ON "applicants" USING GIN ("reference" gin_trgm_ops);
