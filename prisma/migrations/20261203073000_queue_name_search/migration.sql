-- The queue's name search compares a folded copy of the name: lower case, Spanish accents and ñ
-- as plain letters, so "nunez" finds "Núñez", and a plain LIKE rechecks the trigram index's
-- candidates (a case-folding ILIKE on every candidate was most of the search's time).
-- lib/queue/search-fold.ts folds the searched text the same way.

-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "name_search" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION applicants_fold_name() RETURNS trigger AS $$
BEGIN
  NEW."name_search" := lower(translate(normalize(NEW."name", NFC),
    'ÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãéèêëíìîïóòôöõúùûüñç',
    'AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc'));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Kept by every write, whatever code path makes it (a write of the copy itself is overridden).
CREATE TRIGGER applicants_name_search
  BEFORE INSERT OR UPDATE OF "name", "name_search" ON "applicants"
  FOR EACH ROW EXECUTE FUNCTION applicants_fold_name();

-- Existing rows: writing the copy runs the trigger, which folds the name into it.
UPDATE "applicants" SET "name_search" = '';

-- DropIndex
DROP INDEX "applicants_name_trgm_idx";

-- CreateIndex
CREATE INDEX "applicants_name_search_trgm_idx" ON "applicants" USING GIN ("name_search" gin_trgm_ops);
