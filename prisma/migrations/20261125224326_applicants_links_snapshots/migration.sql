-- CreateEnum
CREATE TYPE "Institution" AS ENUM ('IMSS', 'ISSSTE', 'SANDBOX');

-- CreateEnum
CREATE TYPE "AccessMode" AS ENUM ('SINGLE', 'RECURRENT');

-- CreateEnum
CREATE TYPE "LinkStatus" AS ENUM ('VALID', 'INVALID', 'UNCONFIRMED', 'TOKEN_REQUIRED');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "applicants" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "institution" "Institution" NOT NULL,
    "curp_ciphertext" TEXT NOT NULL,
    "curp_hash" TEXT NOT NULL,
    "email_ciphertext" TEXT,
    "assigned_to_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applicants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "links" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "belvo_id" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "access_mode" "AccessMode" NOT NULL,
    "status" "LinkStatus" NOT NULL,
    "refresh_rate" TEXT,
    "belvo_created_by" TEXT,
    "external_id" TEXT,
    "institution_user_id" TEXT,
    "credentials_storage" TEXT,
    "stale_in" TEXT,
    "fetch_resources" TEXT[],
    "last_accessed_at" TIMESTAMPTZ(3),
    "belvo_created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshots" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "belvo_record_id" TEXT NOT NULL,
    "collected_at" TIMESTAMPTZ(3) NOT NULL,
    "report_date" DATE,
    "stored_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload_ciphertext" TEXT NOT NULL,
    "official_name" TEXT,
    "birth_date" DATE,
    "entitlement_status" TEXT,
    "nss_ciphertext" TEXT,
    "rfc_ciphertext" TEXT,
    "weeks_contributed" INTEGER,
    "weeks_redeemed" INTEGER,
    "weeks_reinstated" INTEGER,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshot_jobs" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "employer" TEXT NOT NULL,
    "employer_id" TEXT,
    "state" TEXT,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "weeks_employed" INTEGER,
    "last_daily_salary" DECIMAL(12,2),
    "monthly_salary" DECIMAL(12,2),

    CONSTRAINT "snapshot_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "salary_movements" (
    "id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "daily_salary" DECIMAL(12,2),

    CONSTRAINT "salary_movements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshot_scores" (
    "snapshot_id" UUID NOT NULL,
    "period" INTEGER NOT NULL,
    "score" INTEGER,
    "version" TEXT,

    CONSTRAINT "snapshot_scores_pkey" PRIMARY KEY ("snapshot_id","period")
);

-- CreateTable
CREATE TABLE "snapshot_changes" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "previous_snapshot_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshot_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "current_employments" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "belvo_id" TEXT NOT NULL,
    "collected_at" TIMESTAMPTZ(3) NOT NULL,
    "month" TEXT,
    "status" TEXT,
    "payload_ciphertext" TEXT NOT NULL,

    CONSTRAINT "current_employments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consents" (
    "id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "privacy_notice_version" TEXT NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "channel" TEXT NOT NULL,
    "captured_by_id" UUID,

    CONSTRAINT "consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institution_queries" (
    "id" UUID NOT NULL,
    "curp_hash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "institution_queries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "applicant_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "id" UUID NOT NULL,
    "webhook_id" TEXT NOT NULL,
    "webhook_type" TEXT NOT NULL,
    "webhook_code" TEXT NOT NULL,
    "process_type" TEXT,
    "belvo_link_id" TEXT,
    "request_id" TEXT,
    "data" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "background_jobs" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 5,
    "run_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_at" TIMESTAMPTZ(3),
    "locked_by" TEXT,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "background_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invites" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "institution" "Institution",
    "access_mode" "AccessMode" NOT NULL DEFAULT 'SINGLE',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "last_event" JSONB,
    "applicant_id" UUID,
    "created_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "invites_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "applicants_reference_key" ON "applicants"("reference");

-- CreateIndex
CREATE INDEX "applicants_curp_hash_idx" ON "applicants"("curp_hash");

-- CreateIndex
CREATE INDEX "applicants_created_at_idx" ON "applicants"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "links_applicant_id_key" ON "links"("applicant_id");

-- CreateIndex
CREATE UNIQUE INDEX "links_belvo_id_key" ON "links"("belvo_id");

-- CreateIndex
CREATE UNIQUE INDEX "snapshots_belvo_record_id_key" ON "snapshots"("belvo_record_id");

-- CreateIndex
CREATE INDEX "snapshots_applicant_id_collected_at_idx" ON "snapshots"("applicant_id", "collected_at");

-- CreateIndex
CREATE UNIQUE INDEX "snapshot_jobs_snapshot_id_position_key" ON "snapshot_jobs"("snapshot_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "salary_movements_job_id_position_key" ON "salary_movements"("job_id", "position");

-- CreateIndex
CREATE INDEX "snapshot_changes_applicant_id_created_at_idx" ON "snapshot_changes"("applicant_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "current_employments_belvo_id_key" ON "current_employments"("belvo_id");

-- CreateIndex
CREATE INDEX "current_employments_applicant_id_collected_at_idx" ON "current_employments"("applicant_id", "collected_at");

-- CreateIndex
CREATE INDEX "institution_queries_curp_hash_created_at_idx" ON "institution_queries"("curp_hash", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_applicant_id_created_at_idx" ON "audit_events"("applicant_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_events_webhook_id_key" ON "webhook_events"("webhook_id");

-- CreateIndex
CREATE INDEX "background_jobs_status_run_at_idx" ON "background_jobs"("status", "run_at");

-- CreateIndex
CREATE UNIQUE INDEX "invites_token_hash_key" ON "invites"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "invites_applicant_id_key" ON "invites"("applicant_id");

-- CreateIndex
CREATE INDEX "invites_created_at_idx" ON "invites"("created_at");

-- AddForeignKey
ALTER TABLE "applicants" ADD CONSTRAINT "applicants_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applicants" ADD CONSTRAINT "applicants_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "links" ADD CONSTRAINT "links_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot_jobs" ADD CONSTRAINT "snapshot_jobs_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "salary_movements" ADD CONSTRAINT "salary_movements_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "snapshot_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot_scores" ADD CONSTRAINT "snapshot_scores_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot_changes" ADD CONSTRAINT "snapshot_changes_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot_changes" ADD CONSTRAINT "snapshot_changes_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "current_employments" ADD CONSTRAINT "current_employments_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consents" ADD CONSTRAINT "consents_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consents" ADD CONSTRAINT "consents_captured_by_id_fkey" FOREIGN KEY ("captured_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
