-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVE', 'DECLINE', 'REFER');

-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "current_employer" TEXT,
ADD COLUMN     "current_job_start" DATE,
ADD COLUMN     "data_as_of" TIMESTAMPTZ(3),
ADD COLUMN     "employment_status" TEXT,
ADD COLUMN     "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "monthly_income" DECIMAL(12,2),
ADD COLUMN     "score_12" INTEGER;

-- CreateTable
CREATE TABLE "decisions" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason_code" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_preferences" (
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_preferences_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateIndex
CREATE INDEX "decisions_applicant_id_created_at_idx" ON "decisions"("applicant_id", "created_at");

-- CreateIndex
CREATE INDEX "decisions_created_at_idx" ON "decisions"("created_at");

-- CreateIndex
CREATE INDEX "applicants_name_idx" ON "applicants"("name");

-- CreateIndex
CREATE INDEX "applicants_data_as_of_idx" ON "applicants"("data_as_of");

-- CreateIndex
CREATE INDEX "applicants_score_12_idx" ON "applicants"("score_12");

-- CreateIndex
CREATE INDEX "applicants_monthly_income_idx" ON "applicants"("monthly_income");

-- CreateIndex
CREATE INDEX "applicants_current_job_start_idx" ON "applicants"("current_job_start");

-- CreateIndex
CREATE INDEX "applicants_institution_created_at_idx" ON "applicants"("institution", "created_at");

-- CreateIndex
CREATE INDEX "applicants_assigned_to_id_created_at_idx" ON "applicants"("assigned_to_id", "created_at");

-- CreateIndex
CREATE INDEX "applicants_flags_idx" ON "applicants" USING GIN ("flags");

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
