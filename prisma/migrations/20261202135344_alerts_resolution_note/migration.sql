-- AlterTable
ALTER TABLE "alerts" ADD COLUMN     "resolution_note" TEXT;

-- The queue's stored flags gain the risk signals (new employer just before applying, voluntary
-- contributions, retired, thin file): recompute every applicant's summary in the background.
INSERT INTO "background_jobs" ("id", "kind", "payload")
  SELECT gen_random_uuid(), 'applicants.resummarize', '{}'::jsonb
  WHERE EXISTS (SELECT 1 FROM "applicants");
