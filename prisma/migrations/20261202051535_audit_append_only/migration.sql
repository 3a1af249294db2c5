-- Retention (lib/webhooks/retention.ts) deletes webhook deliveries by age.
-- CreateIndex
CREATE INDEX "webhook_events_received_at_idx" ON "webhook_events"("received_at");

-- The audit trail is append-only in the database itself: no UPDATE, DELETE or TRUNCATE, whoever
-- connects. Two updates stay possible, each only clearing a reference to someone who is gone:
-- applicant_id → NULL when an applicant is deleted (lib/connect/delete-applicant.ts anonymizes
-- their events), and actor_id → NULL from the users foreign key's own ON DELETE SET NULL.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF (to_jsonb(NEW) - 'applicant_id' - 'actor_id') = (to_jsonb(OLD) - 'applicant_id' - 'actor_id')
       AND (NEW.applicant_id IS NULL OR NEW.applicant_id IS NOT DISTINCT FROM OLD.applicant_id)
       AND (NEW.actor_id IS NULL OR NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id)
    THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING HINT = 'Only clearing applicant_id or actor_id (to NULL) is allowed.';
END;
$$;

CREATE TRIGGER "audit_events_append_only"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

CREATE TRIGGER "audit_events_no_truncate"
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();
