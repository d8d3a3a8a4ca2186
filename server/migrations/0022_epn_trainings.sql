CREATE TABLE "training_evaluation_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_evaluation_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"address_hash" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_evaluation_old_links" (
	"token" text PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "epn_visits" DROP CONSTRAINT "epn_visits_anonymous_described";--> statement-breakpoint
ALTER TABLE "training_evaluation_old_links" ADD CONSTRAINT "training_evaluation_old_links_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_evaluation_attempts_address_idx" ON "training_evaluation_attempts" USING btree ("address_hash","at");--> statement-breakpoint
CREATE INDEX "training_evaluation_old_links_session_idx" ON "training_evaluation_old_links" USING btree ("session_id");