-- CreateEnum
CREATE TYPE "ArcoType" AS ENUM ('ACCESS', 'RECTIFICATION', 'CANCELLATION', 'OPPOSITION');

-- CreateEnum
CREATE TYPE "ArcoStatus" AS ENUM ('OPEN', 'ANSWERED');

-- AlterTable
ALTER TABLE "organization_settings" ADD COLUMN     "arco_response_days" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "arco_requests" (
    "id" UUID NOT NULL,
    "type" "ArcoType" NOT NULL,
    "requester_name" TEXT NOT NULL,
    "applicant_id" UUID,
    "received_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "ArcoStatus" NOT NULL DEFAULT 'OPEN',
    "registered_by_id" UUID,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "response" TEXT,
    "answered_by_id" UUID,
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "arco_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rest_days" (
    "day" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "rest_days_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "arco_requests_status_due_on_idx" ON "arco_requests"("status", "due_on");

-- CreateIndex
CREATE INDEX "arco_requests_received_on_idx" ON "arco_requests"("received_on");

-- AddForeignKey
ALTER TABLE "arco_requests" ADD CONSTRAINT "arco_requests_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "arco_requests" ADD CONSTRAINT "arco_requests_registered_by_id_fkey" FOREIGN KEY ("registered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "arco_requests" ADD CONSTRAINT "arco_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The rest days of the Ley Federal del Trabajo (art. 74) that follow a rule, 2025 to 2035
-- (lib/privacy/business-days.ts); an admin adds decreed days and later years.
INSERT INTO "rest_days" ("day", "name") VALUES
  ('2025-01-01', 'new-year'),
  ('2025-02-03', 'constitution'),
  ('2025-03-17', 'juarez'),
  ('2025-05-01', 'labour'),
  ('2025-09-16', 'independence'),
  ('2025-11-17', 'revolution'),
  ('2025-12-25', 'christmas'),
  ('2026-01-01', 'new-year'),
  ('2026-02-02', 'constitution'),
  ('2026-03-16', 'juarez'),
  ('2026-05-01', 'labour'),
  ('2026-09-16', 'independence'),
  ('2026-11-16', 'revolution'),
  ('2026-12-25', 'christmas'),
  ('2027-01-01', 'new-year'),
  ('2027-02-01', 'constitution'),
  ('2027-03-15', 'juarez'),
  ('2027-05-01', 'labour'),
  ('2027-09-16', 'independence'),
  ('2027-11-15', 'revolution'),
  ('2027-12-25', 'christmas'),
  ('2028-01-01', 'new-year'),
  ('2028-02-07', 'constitution'),
  ('2028-03-20', 'juarez'),
  ('2028-05-01', 'labour'),
  ('2028-09-16', 'independence'),
  ('2028-11-20', 'revolution'),
  ('2028-12-25', 'christmas'),
  ('2029-01-01', 'new-year'),
  ('2029-02-05', 'constitution'),
  ('2029-03-19', 'juarez'),
  ('2029-05-01', 'labour'),
  ('2029-09-16', 'independence'),
  ('2029-11-19', 'revolution'),
  ('2029-12-25', 'christmas'),
  ('2030-01-01', 'new-year'),
  ('2030-02-04', 'constitution'),
  ('2030-03-18', 'juarez'),
  ('2030-05-01', 'labour'),
  ('2030-09-16', 'independence'),
  ('2030-10-01', 'government-change'),
  ('2030-11-18', 'revolution'),
  ('2030-12-25', 'christmas'),
  ('2031-01-01', 'new-year'),
  ('2031-02-03', 'constitution'),
  ('2031-03-17', 'juarez'),
  ('2031-05-01', 'labour'),
  ('2031-09-16', 'independence'),
  ('2031-11-17', 'revolution'),
  ('2031-12-25', 'christmas'),
  ('2032-01-01', 'new-year'),
  ('2032-02-02', 'constitution'),
  ('2032-03-15', 'juarez'),
  ('2032-05-01', 'labour'),
  ('2032-09-16', 'independence'),
  ('2032-11-15', 'revolution'),
  ('2032-12-25', 'christmas'),
  ('2033-01-01', 'new-year'),
  ('2033-02-07', 'constitution'),
  ('2033-03-21', 'juarez'),
  ('2033-05-01', 'labour'),
  ('2033-09-16', 'independence'),
  ('2033-11-21', 'revolution'),
  ('2033-12-25', 'christmas'),
  ('2034-01-01', 'new-year'),
  ('2034-02-06', 'constitution'),
  ('2034-03-20', 'juarez'),
  ('2034-05-01', 'labour'),
  ('2034-09-16', 'independence'),
  ('2034-11-20', 'revolution'),
  ('2034-12-25', 'christmas'),
  ('2035-01-01', 'new-year'),
  ('2035-02-05', 'constitution'),
  ('2035-03-19', 'juarez'),
  ('2035-05-01', 'labour'),
  ('2035-09-16', 'independence'),
  ('2035-11-19', 'revolution'),
  ('2035-12-25', 'christmas')
ON CONFLICT DO NOTHING;
