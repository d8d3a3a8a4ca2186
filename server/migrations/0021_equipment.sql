CREATE TABLE "equipment_assets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "equipment_assets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tag" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"owner" text DEFAULT 'centrale' NOT NULL,
	"owner_organisation_id" integer,
	"site_id" integer,
	"room_id" integer,
	"holder_user_id" integer,
	"epn_workstation_id" integer,
	"brand" text,
	"model" text,
	"serial_number" text,
	"purchase_date" date,
	"purchase_price" numeric(10, 2),
	"warranty_end" date,
	"operating_system" text,
	"status" text DEFAULT 'in_use' NOT NULL,
	"backup_every_days" integer,
	"backup_token_hash" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_assets_kind_known" CHECK ("equipment_assets"."kind" in ('desktop', 'laptop', 'screen', 'printer', 'phone', 'tablet', 'network', 'server', 'projector', 'signage', 'other')),
	CONSTRAINT "equipment_assets_status_known" CHECK ("equipment_assets"."status" in ('in_use', 'in_stock', 'in_repair', 'lent', 'retired')),
	CONSTRAINT "equipment_assets_owner_known" CHECK ("equipment_assets"."owner" in ('centrale', 'ale', 'partner')),
	CONSTRAINT "equipment_assets_partner_named" CHECK (("equipment_assets"."owner" = 'partner') = ("equipment_assets"."owner_organisation_id" is not null)),
	CONSTRAINT "equipment_assets_warranty_after_purchase" CHECK ("equipment_assets"."warranty_end" is null or "equipment_assets"."purchase_date" is null or "equipment_assets"."warranty_end" >= "equipment_assets"."purchase_date"),
	CONSTRAINT "equipment_assets_price_positive" CHECK ("equipment_assets"."purchase_price" is null or "equipment_assets"."purchase_price" >= 0),
	CONSTRAINT "equipment_assets_backup_days" CHECK ("equipment_assets"."backup_every_days" is null or ("equipment_assets"."backup_every_days" >= 1 and "equipment_assets"."backup_every_days" <= 366)),
	CONSTRAINT "equipment_assets_room_needs_site" CHECK ("equipment_assets"."room_id" is null or "equipment_assets"."site_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "equipment_backups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "equipment_backups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"asset_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"ok" boolean DEFAULT true NOT NULL,
	"note" text,
	"by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_backups_source_known" CHECK ("equipment_backups"."source" in ('manual', 'script'))
);
--> statement-breakpoint
CREATE TABLE "equipment_interventions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "equipment_interventions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"asset_id" integer NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"summary" text NOT NULL,
	"by_user_id" integer,
	"by_name" text,
	"minutes_spent" integer,
	"cost" numeric(10, 2),
	"task_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_interventions_kind_known" CHECK ("equipment_interventions"."kind" in ('incident', 'intervention')),
	CONSTRAINT "equipment_interventions_minutes" CHECK ("equipment_interventions"."minutes_spent" is null or ("equipment_interventions"."minutes_spent" >= 0 and "equipment_interventions"."minutes_spent" <= 100000)),
	CONSTRAINT "equipment_interventions_cost_positive" CHECK ("equipment_interventions"."cost" is null or "equipment_interventions"."cost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "equipment_loans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "equipment_loans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"asset_id" integer NOT NULL,
	"borrower_kind" text NOT NULL,
	"event_id" integer,
	"event_title" text,
	"organisation_id" integer,
	"person_id" integer,
	"out_at" timestamp with time zone NOT NULL,
	"due_back" date,
	"returned_at" timestamp with time zone,
	"return_state" text,
	"out_note" text,
	"return_note" text,
	"status_before" text NOT NULL,
	"lent_by" integer,
	"returned_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_loans_borrower_known" CHECK ("equipment_loans"."borrower_kind" in ('event', 'organisation', 'person')),
	CONSTRAINT "equipment_loans_one_borrower" CHECK (("equipment_loans"."borrower_kind" = 'event' and "equipment_loans"."event_title" is not null and "equipment_loans"."organisation_id" is null and "equipment_loans"."person_id" is null)
       or ("equipment_loans"."borrower_kind" = 'organisation' and "equipment_loans"."organisation_id" is not null and "equipment_loans"."event_id" is null and "equipment_loans"."person_id" is null)
       or ("equipment_loans"."borrower_kind" = 'person' and "equipment_loans"."person_id" is not null and "equipment_loans"."event_id" is null and "equipment_loans"."organisation_id" is null)),
	CONSTRAINT "equipment_loans_return_after_out" CHECK ("equipment_loans"."returned_at" is null or "equipment_loans"."returned_at" >= "equipment_loans"."out_at"),
	CONSTRAINT "equipment_loans_return_state" CHECK (("equipment_loans"."returned_at" is null) = ("equipment_loans"."return_state" is null)),
	CONSTRAINT "equipment_loans_return_state_known" CHECK ("equipment_loans"."return_state" is null or "equipment_loans"."return_state" in ('good', 'damaged', 'incomplete'))
);
--> statement-breakpoint
CREATE TABLE "equipment_tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "equipment_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"asset_id" integer NOT NULL,
	"title" text NOT NULL,
	"every" integer NOT NULL,
	"unit" text NOT NULL,
	"next_due" date NOT NULL,
	"last_done" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_tasks_every" CHECK ("equipment_tasks"."every" >= 1 and "equipment_tasks"."every" <= 104),
	CONSTRAINT "equipment_tasks_unit_known" CHECK ("equipment_tasks"."unit" in ('week', 'month'))
);
--> statement-breakpoint
ALTER TABLE "equipment_assets" ADD CONSTRAINT "equipment_assets_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_backups" ADD CONSTRAINT "equipment_backups_asset_id_equipment_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."equipment_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_backups" ADD CONSTRAINT "equipment_backups_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_interventions" ADD CONSTRAINT "equipment_interventions_asset_id_equipment_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."equipment_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_interventions" ADD CONSTRAINT "equipment_interventions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_interventions" ADD CONSTRAINT "equipment_interventions_task_id_equipment_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."equipment_tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_interventions" ADD CONSTRAINT "equipment_interventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_loans" ADD CONSTRAINT "equipment_loans_asset_id_equipment_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."equipment_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_loans" ADD CONSTRAINT "equipment_loans_lent_by_users_id_fk" FOREIGN KEY ("lent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_loans" ADD CONSTRAINT "equipment_loans_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_tasks" ADD CONSTRAINT "equipment_tasks_asset_id_equipment_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."equipment_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_assets_tag_unique" ON "equipment_assets" USING btree (lower("tag"));--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_assets_serial_unique" ON "equipment_assets" USING btree (lower(coalesce("brand", '')),lower("serial_number")) WHERE "equipment_assets"."serial_number" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_assets_one_per_epn_workstation" ON "equipment_assets" USING btree ("epn_workstation_id") WHERE "equipment_assets"."epn_workstation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_assets_backup_token_unique" ON "equipment_assets" USING btree ("backup_token_hash") WHERE "equipment_assets"."backup_token_hash" is not null;--> statement-breakpoint
CREATE INDEX "equipment_assets_site_idx" ON "equipment_assets" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "equipment_backups_asset_at_idx" ON "equipment_backups" USING btree ("asset_id","at");--> statement-breakpoint
CREATE INDEX "equipment_interventions_asset_idx" ON "equipment_interventions" USING btree ("asset_id","day");--> statement-breakpoint
CREATE INDEX "equipment_interventions_day_idx" ON "equipment_interventions" USING btree ("day");--> statement-breakpoint
CREATE INDEX "equipment_loans_asset_idx" ON "equipment_loans" USING btree ("asset_id","out_at");--> statement-breakpoint
CREATE INDEX "equipment_loans_event_idx" ON "equipment_loans" USING btree ("event_id") WHERE "equipment_loans"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "equipment_loans_person_idx" ON "equipment_loans" USING btree ("person_id") WHERE "equipment_loans"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "equipment_loans_out_idx" ON "equipment_loans" USING btree ("asset_id") WHERE "equipment_loans"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "equipment_tasks_due_idx" ON "equipment_tasks" USING btree ("next_due") WHERE "equipment_tasks"."active";--> statement-breakpoint
-- No two loans of one asset at once: a loan still out runs to infinity.
ALTER TABLE "equipment_loans" ADD CONSTRAINT "equipment_loans_no_overlap"
  EXCLUDE USING gist ("asset_id" WITH =, tstzrange("out_at", coalesce("returned_at", 'infinity'::timestamptz), '[)') WITH &&);
--> statement-breakpoint
-- A retired asset is not lent, whatever process writes the loan.
CREATE OR REPLACE FUNCTION equipment_loans_asset_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM equipment_assets a WHERE a.id = NEW.asset_id AND a.status = 'retired') THEN
    RAISE EXCEPTION 'asset % is retired', NEW.asset_id USING ERRCODE = 'check_violation', CONSTRAINT = 'equipment_loans_asset_retired';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER equipment_loans_asset_retired
  BEFORE INSERT OR UPDATE OF asset_id ON equipment_loans
  FOR EACH ROW EXECUTE FUNCTION equipment_loans_asset_check();
--> statement-breakpoint
-- Links to other modules' tables (declared here, not in equipment.table.ts).
ALTER TABLE "equipment_assets" ADD CONSTRAINT "equipment_assets_owner_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "equipment_assets" ADD CONSTRAINT "equipment_assets_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id");
--> statement-breakpoint
ALTER TABLE "equipment_assets" ADD CONSTRAINT "equipment_assets_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id");
--> statement-breakpoint
ALTER TABLE "equipment_assets" ADD CONSTRAINT "equipment_assets_epn_workstation_id_fk" FOREIGN KEY ("epn_workstation_id") REFERENCES "public"."epn_workstations"("id");
--> statement-breakpoint
ALTER TABLE "equipment_loans" ADD CONSTRAINT "equipment_loans_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "equipment_loans" ADD CONSTRAINT "equipment_loans_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id");
