-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "declared_monthly_income" DECIMAL(12,2);

-- AlterTable
ALTER TABLE "invites" ADD COLUMN     "declared_monthly_income" DECIMAL(12,2);

-- CreateTable
CREATE TABLE "organization_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "time_zone" TEXT NOT NULL DEFAULT 'America/Mexico_City',
    "flag_window_months" INTEGER NOT NULL DEFAULT 36,
    "declared_income_tolerance_pct" INTEGER NOT NULL DEFAULT 20,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,

    CONSTRAINT "organization_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reference_years" (
    "year" INTEGER NOT NULL,
    "uma_daily" DECIMAL(10,2),
    "minimum_wage_daily" DECIMAL(10,2) NOT NULL,
    "minimum_wage_border_daily" DECIMAL(10,2),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,

    CONSTRAINT "reference_years_pkey" PRIMARY KEY ("year")
);

-- Data: the organization's settings row with its defaults.
INSERT INTO "organization_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;

-- Data: published reference values (DOF for the UMA, CONASAMI for minimum wages). Before 2016 the
-- SBC ceiling was 25 Mexico City (zone A) minimum wages, so those years carry the zone A value.
INSERT INTO "reference_years" ("year", "uma_daily", "minimum_wage_daily", "minimum_wage_border_daily") VALUES
  (2000, NULL, 37.90, NULL), (2001, NULL, 40.35, NULL), (2002, NULL, 42.15, NULL),
  (2003, NULL, 43.65, NULL), (2004, NULL, 45.24, NULL), (2005, NULL, 46.80, NULL),
  (2006, NULL, 48.67, NULL), (2007, NULL, 50.57, NULL), (2008, NULL, 52.59, NULL),
  (2009, NULL, 54.80, NULL), (2010, NULL, 57.46, NULL), (2011, NULL, 59.82, NULL),
  (2012, NULL, 62.33, NULL), (2013, NULL, 64.76, NULL), (2014, NULL, 67.29, NULL),
  (2015, NULL, 70.10, NULL), (2016, 73.04, 73.04, NULL), (2017, 75.49, 80.04, NULL),
  (2018, 80.60, 88.36, NULL), (2019, 84.49, 102.68, 176.72), (2020, 86.88, 123.22, 185.56),
  (2021, 89.62, 141.70, 213.39), (2022, 96.22, 172.87, 260.34), (2023, 103.74, 207.44, 312.41),
  (2024, 108.57, 248.93, 374.89), (2025, 113.14, 278.80, 419.88), (2026, 117.31, 315.04, 440.87)
ON CONFLICT DO NOTHING;

-- Data: the queue's stored flags are recomputed as of each snapshot's collection day by the
-- background job below (lib/connect/resummarize.ts); "stale-data" is no longer a flag (data age is).
UPDATE "applicants" SET "flags" = array_remove("flags", 'stale-data');
INSERT INTO "background_jobs" ("id", "kind", "payload")
  SELECT gen_random_uuid(), 'applicants.resummarize', '{}'::jsonb
  WHERE EXISTS (SELECT 1 FROM "applicants");
