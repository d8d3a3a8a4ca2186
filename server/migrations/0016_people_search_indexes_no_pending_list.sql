DROP INDEX "people_search_trgm_idx";--> statement-breakpoint
DROP INDEX "people_match_keys_idx";--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "people_match_keys_idx" ON "people" USING gin ("match_keys") WITH (fastupdate=false);