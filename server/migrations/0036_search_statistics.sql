-- The planner estimates a trigram condition (search_text %> 'nguyen', similarity for duplicates) by running it
-- over the column's statistics: with the default target (100 values and a histogram of 100), about 1 ms of
-- planning per word typed and per statement, a good part of a search. With 10, the estimate is the operator's
-- default (1 % of the rows) and the plans stay the same (bitmap scans of the trigram and sound-code indexes).
ALTER TABLE "people" ALTER COLUMN "search_text" SET STATISTICS 10;--> statement-breakpoint
ANALYZE "people";
