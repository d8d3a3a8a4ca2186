CREATE TABLE "event_checkins" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_checkins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"registration_id" integer NOT NULL,
	"desk" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"nonce" text NOT NULL,
	"method" text NOT NULL,
	"created_by" integer,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_door_counts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_door_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"device" text NOT NULL,
	"direction" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"nonce" text NOT NULL,
	"sex" text,
	"age_band" text,
	"status" text,
	"postal_code" text,
	"undone_at" timestamp with time zone,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "event_item_registrations" (
	"item_id" integer NOT NULL,
	"registration_id" integer NOT NULL,
	CONSTRAINT "event_item_registrations_item_id_registration_id_pk" PRIMARY KEY("item_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "event_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"speakers" text,
	"room" text,
	"capacity" integer,
	CONSTRAINT "event_items_ends_after_start" CHECK ("event_items"."ends_at" > "event_items"."starts_at"),
	CONSTRAINT "event_items_capacity_positive" CHECK ("event_items"."capacity" is null or "event_items"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "event_partners" (
	"event_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "event_partners_event_id_organisation_id_pk" PRIMARY KEY("event_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "event_public_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_public_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"secret" text NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"phone" text,
	"locale" text DEFAULT 'fr' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"consent_at" timestamp with time zone,
	"person_id" integer,
	"source" text NOT NULL,
	"offered_until" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "event_registrations_secret_format" CHECK ("event_registrations"."secret" ~ '^[2-9A-HJ-NP-Z]{12,40}$'),
	CONSTRAINT "event_registrations_offer" CHECK (("event_registrations"."status" = 'offered') = ("event_registrations"."offered_until" is not null))
);
--> statement-breakpoint
CREATE TABLE "event_staff" (
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "event_staff_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_fr" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text,
	"description_fr" text,
	"description_nl" text,
	"description_en" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room_id" integer,
	"room_booking_id" integer,
	"venue_name" text,
	"venue_address" text,
	"capacity" integer,
	"target_publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"waiting_list" boolean DEFAULT true NOT NULL,
	"offer_hours" integer DEFAULT 48 NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_ends_after_start" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_one_place" CHECK ("events"."room_id" is null or "events"."venue_name" is null),
	CONSTRAINT "events_capacity_positive" CHECK ("events"."capacity" is null or "events"."capacity" > 0),
	CONSTRAINT "events_registration_window" CHECK ("events"."registration_opens_at" is null or "events"."registration_closes_at" is null or "events"."registration_closes_at" > "events"."registration_opens_at"),
	CONSTRAINT "events_offer_hours" CHECK ("events"."offer_hours" between 1 and 720)
);
--> statement-breakpoint
ALTER TABLE "event_checkins" ADD CONSTRAINT "event_checkins_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_checkins" ADD CONSTRAINT "event_checkins_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_checkins" ADD CONSTRAINT "event_checkins_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_door_counts" ADD CONSTRAINT "event_door_counts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_door_counts" ADD CONSTRAINT "event_door_counts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_item_registrations" ADD CONSTRAINT "event_item_registrations_item_id_event_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."event_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_item_registrations" ADD CONSTRAINT "event_item_registrations_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_items" ADD CONSTRAINT "event_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_partners" ADD CONSTRAINT "event_partners_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_staff" ADD CONSTRAINT "event_staff_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_staff" ADD CONSTRAINT "event_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_checkins_one_per_registration" ON "event_checkins" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_checkins_nonce_unique" ON "event_checkins" USING btree ("nonce");--> statement-breakpoint
CREATE INDEX "event_checkins_event_idx" ON "event_checkins" USING btree ("event_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_door_counts_nonce_unique" ON "event_door_counts" USING btree ("nonce");--> statement-breakpoint
CREATE INDEX "event_door_counts_event_idx" ON "event_door_counts" USING btree ("event_id","at");--> statement-breakpoint
CREATE INDEX "event_item_registrations_reg_idx" ON "event_item_registrations" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "event_items_event_idx" ON "event_items" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_public_attempts_ip_idx" ON "event_public_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_secret_unique" ON "event_registrations" USING btree ("secret");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status","created_at");--> statement-breakpoint
CREATE INDEX "event_registrations_person_idx" ON "event_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
-- Foreign keys to other modules' tables (a module's Drizzle schema imports no other module's table).
ALTER TABLE "event_partners" ADD CONSTRAINT "event_partners_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_person_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;
