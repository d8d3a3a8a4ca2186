CREATE TABLE "room_bookings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "room_bookings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"room_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"organisation_id" integer,
	"requester_organisation" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"purpose" text NOT NULL,
	"attendees" integer,
	"layout" text,
	"show_publicly" boolean,
	"activity_kind" text,
	"activity_id" integer,
	"series_id" integer,
	"detached" boolean DEFAULT false NOT NULL,
	"reference" text,
	"source" text DEFAULT 'staff' NOT NULL,
	"decision_message" text,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"requested_by" integer,
	"amount_cents" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_bookings_period" CHECK ("room_bookings"."ends_at" > "room_bookings"."starts_at"),
	CONSTRAINT "room_bookings_status" CHECK ("room_bookings"."status" in ('requested', 'confirmed', 'refused', 'cancelled')),
	CONSTRAINT "room_bookings_attendees" CHECK ("room_bookings"."attendees" is null or ("room_bookings"."attendees" > 0 and "room_bookings"."attendees" <= 1000))
);
--> statement-breakpoint
CREATE TABLE "room_closures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "room_closures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"room_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_closures_period" CHECK ("room_closures"."ends_at" > "room_closures"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "room_organisation_settings" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"show_publicly" boolean DEFAULT false NOT NULL,
	"free_of_charge" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_request_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "room_request_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_series" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "room_series_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"room_id" integer NOT NULL,
	"rrule" text NOT NULL,
	"first_day" text NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rooms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"capacity" integer NOT NULL,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"photo_url" text,
	"access_notes" text,
	"site_id" integer,
	"half_day_price_cents" integer DEFAULT 0 NOT NULL,
	"day_price_cents" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rooms_capacity_positive" CHECK ("rooms"."capacity" > 0 and "rooms"."capacity" <= 1000),
	CONSTRAINT "rooms_prices_positive" CHECK ("rooms"."half_day_price_cents" >= 0 and "rooms"."day_price_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_series_id_room_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."room_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_closures" ADD CONSTRAINT "room_closures_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_series" ADD CONSTRAINT "room_series_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_series" ADD CONSTRAINT "room_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "room_bookings_reference_unique" ON "room_bookings" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "room_bookings_room_start_idx" ON "room_bookings" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_start_idx" ON "room_bookings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "room_bookings_series_idx" ON "room_bookings" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "room_bookings_organisation_idx" ON "room_bookings" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "room_closures_room_idx" ON "room_closures" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_request_attempts_ip_idx" ON "room_request_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_name_unique" ON "rooms" USING btree (lower("name"));