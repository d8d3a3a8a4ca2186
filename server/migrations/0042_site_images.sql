CREATE TABLE "site_images" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "site_images_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"hash" text NOT NULL,
	"content_type" text NOT NULL,
	"data" text NOT NULL,
	"size" integer NOT NULL,
	"alt_fr" text NOT NULL,
	"alt_nl" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_images_type" CHECK ("site_images"."content_type" in ('image/png', 'image/jpeg', 'image/webp')),
	CONSTRAINT "site_images_alt" CHECK (length(trim("site_images"."alt_fr")) > 0 and length(trim("site_images"."alt_nl")) > 0)
);
--> statement-breakpoint
ALTER TABLE "site_images" ADD CONSTRAINT "site_images_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "site_images_hash" ON "site_images" USING btree ("hash");