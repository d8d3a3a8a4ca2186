CREATE TABLE "import_row_chunks" (
	"batch_id" integer NOT NULL,
	"n" integer NOT NULL,
	"rows" json NOT NULL,
	CONSTRAINT "import_row_chunks_batch_id_n_pk" PRIMARY KEY("batch_id","n")
);
--> statement-breakpoint
CREATE TABLE "import_written_chunks" (
	"batch_id" integer NOT NULL,
	"n" integer NOT NULL,
	"written" jsonb NOT NULL,
	CONSTRAINT "import_written_chunks_batch_id_n_pk" PRIMARY KEY("batch_id","n")
);
--> statement-breakpoint
ALTER TABLE "import_row_chunks" ADD CONSTRAINT "import_row_chunks_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_written_chunks" ADD CONSTRAINT "import_written_chunks_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;