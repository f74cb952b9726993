CREATE TYPE "public"."paper_entry_state" AS ENUM('awaiting_check', 'counted', 'discarded');--> statement-breakpoint
CREATE TABLE "letter_code_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"label" text NOT NULL,
	"code_count" integer NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "letter_code_batches_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "letter_code_batches_count_range" CHECK ("letter_code_batches"."code_count" between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "letter_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	CONSTRAINT "letter_codes_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "paper_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"pot_id" uuid,
	"serial" text NOT NULL,
	"state" "paper_entry_state" DEFAULT 'awaiting_check' NOT NULL,
	"choices" jsonb,
	"entered_by_user_id" uuid,
	"checked_by_user_id" uuid,
	"entered_hour" timestamp with time zone NOT NULL,
	CONSTRAINT "paper_entries_one_per_serial" UNIQUE NULLS NOT DISTINCT("cycle_id","pot_id","serial"),
	CONSTRAINT "paper_entries_choices_until_checked" CHECK (("paper_entries"."state" = 'awaiting_check') = ("paper_entries"."choices" is not null)),
	CONSTRAINT "paper_entries_hour_only" CHECK ("paper_entries"."entered_hour" = date_trunc('hour', "paper_entries"."entered_hour", 'UTC'))
);
--> statement-breakpoint
ALTER TABLE "ballots" RENAME COLUMN "receipt_code" TO "receipt_hash";--> statement-breakpoint
-- Receipt codes are kept only as hashes from now on (hand-added: hashes any ballot already cast).
UPDATE "ballots" SET "receipt_hash" = encode(sha256(convert_to("receipt_hash", 'UTF8')), 'hex');--> statement-breakpoint
ALTER TABLE "ballots" DROP CONSTRAINT "ballots_cycle_receipt_unique";--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "pot_id" uuid;--> statement-breakpoint
ALTER TABLE "letter_code_batches" ADD CONSTRAINT "letter_code_batches_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_code_batches" ADD CONSTRAINT "letter_code_batches_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_codes" ADD CONSTRAINT "letter_codes_batch_place_fk" FOREIGN KEY ("batch_id","place_id") REFERENCES "public"."letter_code_batches"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_codes" ADD CONSTRAINT "letter_codes_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_entries" ADD CONSTRAINT "paper_entries_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_entries" ADD CONSTRAINT "paper_entries_checked_by_user_id_users_id_fk" FOREIGN KEY ("checked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_entries" ADD CONSTRAINT "paper_entries_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_entries" ADD CONSTRAINT "paper_entries_pot_cycle_place_fk" FOREIGN KEY ("pot_id","cycle_id","place_id") REFERENCES "public"."pots"("id","cycle_id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_codes_batch_idx" ON "letter_codes" USING btree ("batch_id");--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_pot_cycle_place_fk" FOREIGN KEY ("pot_id","cycle_id","place_id") REFERENCES "public"."pots"("id","cycle_id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_cycle_receipt_unique" UNIQUE("cycle_id","receipt_hash");