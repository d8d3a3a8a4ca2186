CREATE TABLE "person_duplicate_dismissals" (
	"person_a" integer NOT NULL,
	"person_b" integer NOT NULL,
	"dismissed_by" integer,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_duplicate_dismissals_person_a_person_b_pk" PRIMARY KEY("person_a","person_b"),
	CONSTRAINT "person_duplicate_dismissals_order" CHECK ("person_duplicate_dismissals"."person_a" < "person_duplicate_dismissals"."person_b")
);
--> statement-breakpoint
DROP INDEX "people_last_name_idx";--> statement-breakpoint
ALTER TABLE "people" drop column "search_text";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_text" text GENERATED ALWAYS AS (relais_person_search_text(first_name, last_name)) STORED NOT NULL;--> statement-breakpoint
-- dropping the column dropped its trigram index: the same index on the new expression
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- null until the people module computes it (at start for the rows already there, then with every write of a name)
ALTER TABLE "people" ADD COLUMN "match_keys" text[];--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phone_key" text GENERATED ALWAYS AS (relais_phone_key(phone)) STORED;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_person_a_people_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_person_b_people_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_duplicate_dismissals_b_idx" ON "person_duplicate_dismissals" USING btree ("person_b");--> statement-breakpoint
CREATE INDEX "people_match_keys_idx" ON "people" USING gin ("match_keys");--> statement-breakpoint
CREATE INDEX "people_phone_key_idx" ON "people" USING btree ("phone_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "people_email_idx" ON "people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "people_live_name_idx" ON "people" USING btree ("last_name","first_name","id") WHERE merged_into_id is null and erased_at is null;--> statement-breakpoint
CREATE INDEX "audit_log_person_idx" ON "audit_log" USING btree (("details" ->> 'personId')) WHERE ("audit_log"."details" ->> 'personId') is not null;