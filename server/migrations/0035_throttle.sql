CREATE TABLE "throttle_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "throttle_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scope" text NOT NULL,
	"key_hash" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP TABLE "event_public_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "room_request_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "survey_link_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "training_evaluation_attempts" CASCADE;--> statement-breakpoint
CREATE INDEX "throttle_attempts_scope_key_at_idx" ON "throttle_attempts" USING btree ("scope","key_hash","at");--> statement-breakpoint
CREATE INDEX "throttle_attempts_at_idx" ON "throttle_attempts" USING btree ("at");