-- TRUNCATE does not fire row triggers: refuse it on the audit log too.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION relais_audit_append_only();
