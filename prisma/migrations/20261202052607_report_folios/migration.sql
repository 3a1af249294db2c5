-- AlterTable
ALTER TABLE "organization_settings" ADD COLUMN     "organization_name" TEXT;

-- CreateTable
CREATE TABLE "report_folio_counters" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "report_folio_counters_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "verification_reports" (
    "id" UUID NOT NULL,
    "folio" TEXT NOT NULL,
    "applicant_id" UUID,
    "subject" TEXT NOT NULL,
    "snapshot_id" UUID,
    "locale" TEXT NOT NULL,
    "masked" BOOLEAN NOT NULL,
    "issued_by_id" UUID,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "sha256" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "content_ciphertext" TEXT,

    CONSTRAINT "verification_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institution_documents" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "byte_size" INTEGER,
    "sha256" TEXT,
    "content_ciphertext" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "institution_documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "verification_reports_folio_key" ON "verification_reports"("folio");

-- CreateIndex
CREATE INDEX "verification_reports_applicant_id_issued_at_idx" ON "verification_reports"("applicant_id", "issued_at");

-- CreateIndex
CREATE INDEX "verification_reports_issued_at_idx" ON "verification_reports"("issued_at");

-- CreateIndex
CREATE UNIQUE INDEX "institution_documents_snapshot_id_key" ON "institution_documents"("snapshot_id");

-- AddForeignKey
ALTER TABLE "verification_reports" ADD CONSTRAINT "verification_reports_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_reports" ADD CONSTRAINT "verification_reports_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_reports" ADD CONSTRAINT "verification_reports_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institution_documents" ADD CONSTRAINT "institution_documents_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
