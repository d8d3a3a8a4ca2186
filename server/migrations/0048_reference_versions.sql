CREATE TABLE "table_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- A write to a reference table moves its counter, in the writer's transaction (seen by others at its commit).
CREATE OR REPLACE FUNCTION relais_table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO table_versions (name, version) VALUES (TG_TABLE_NAME, 1)
    ON CONFLICT (name) DO UPDATE SET version = table_versions.version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sites_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sites FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
--> statement-breakpoint
CREATE TRIGGER frontdesk_reasons_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON frontdesk_reasons FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
--> statement-breakpoint
CREATE TRIGGER socialdesk_categories_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON socialdesk_categories FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
--> statement-breakpoint
CREATE TRIGGER organisations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
--> statement-breakpoint
CREATE TRIGGER appointment_desks_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON appointment_desks FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
--> statement-breakpoint
CREATE TRIGGER epn_help_kinds_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON epn_help_kinds FOR EACH STATEMENT EXECUTE FUNCTION relais_table_changed();
