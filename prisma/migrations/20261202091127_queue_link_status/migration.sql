-- AlterTable
ALTER TABLE "applicants" ADD COLUMN     "link_status" "LinkStatus";

-- CreateIndex
CREATE INDEX "applicants_institution_link_status_created_at_idx" ON "applicants"("institution", "link_status", "created_at");

-- The applicant's copy of its link's status, for the queue's link filter (one table, one index).
UPDATE "applicants" AS a SET "link_status" = l."status" FROM "links" AS l WHERE l."applicant_id" = a."id";

-- Kept equal to links.status by every write, whatever code path makes it.
CREATE FUNCTION applicants_follow_link_status() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "applicants" SET "link_status" = NULL WHERE "id" = OLD."applicant_id";
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."applicant_id" IS DISTINCT FROM NEW."applicant_id" THEN
    UPDATE "applicants" SET "link_status" = NULL WHERE "id" = OLD."applicant_id";
  END IF;
  UPDATE "applicants" SET "link_status" = NEW."status"
    WHERE "id" = NEW."applicant_id" AND "link_status" IS DISTINCT FROM NEW."status";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER links_status_to_applicant
  AFTER INSERT OR DELETE OR UPDATE OF "status", "applicant_id" ON "links"
  FOR EACH ROW EXECUTE FUNCTION applicants_follow_link_status();
