CREATE TABLE "training_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"reference" text NOT NULL,
	"form_token" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"phone" text,
	"commune" text,
	"locale" text NOT NULL,
	"waiting_list" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"person_id" integer,
	"participant_id" integer,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_requests_status_known" CHECK ("training_requests"."status" in ('pending', 'accepted', 'declined')),
	CONSTRAINT "training_requests_contact" CHECK ("training_requests"."status" <> 'pending' or "training_requests"."email" is not null or "training_requests"."phone" is not null)
);
--> statement-breakpoint
ALTER TABLE "training_requests" ADD CONSTRAINT "training_requests_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_requests" ADD CONSTRAINT "training_requests_participant_id_training_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."training_participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_requests" ADD CONSTRAINT "training_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_requests_reference_unique" ON "training_requests" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "training_requests_form_token_unique" ON "training_requests" USING btree ("form_token");--> statement-breakpoint
CREATE INDEX "training_requests_session_idx" ON "training_requests" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "training_requests_person_idx" ON "training_requests" USING btree ("person_id");--> statement-breakpoint
-- The person a request was accepted for is one of the people registry (another module's table, so not in the Drizzle schema).
ALTER TABLE "training_requests" ADD CONSTRAINT "training_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id");
