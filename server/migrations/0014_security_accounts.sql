ALTER TABLE "users" ADD COLUMN "password_reset_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_reset_by" text;--> statement-breakpoint
CREATE INDEX "login_attempts_email_ip_at_idx" ON "login_attempts" USING btree ("email","ip","at");--> statement-breakpoint
-- NOT VALID: enforced for every new or changed row; an existing account holding both roles (from before
-- this rule) is not refused at upgrade, and cannot be saved again until one of the two roles is removed.
ALTER TABLE "users" ADD CONSTRAINT "users_admin_not_social_worker" CHECK (not ('admin' = any("users"."roles") and 'social_worker' = any("users"."roles"))) NOT VALID;
