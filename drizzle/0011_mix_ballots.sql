ALTER TABLE "ballots" ADD COLUMN "mixed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "ballots_unmixed_idx" ON "ballots" USING btree ("id") WHERE not "ballots"."mixed";