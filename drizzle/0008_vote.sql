CREATE TYPE "public"."vote_channel" AS ENUM('online', 'letter_code', 'paper', 'workshop');--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"pot_id" uuid,
	"channel" "vote_channel" NOT NULL,
	"choices" jsonb NOT NULL,
	"receipt_code" text NOT NULL,
	"cast_hour" timestamp with time zone NOT NULL,
	CONSTRAINT "ballots_cycle_receipt_unique" UNIQUE("cycle_id","receipt_code"),
	CONSTRAINT "ballots_hour_only" CHECK ("ballots"."cast_hour" = date_trunc('hour', "ballots"."cast_hour", 'UTC'))
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"pot_id" uuid,
	"voter_key" text NOT NULL,
	"channel" "vote_channel" NOT NULL,
	"voted_hour" timestamp with time zone NOT NULL,
	CONSTRAINT "participations_one_per_voter" UNIQUE NULLS NOT DISTINCT("cycle_id","pot_id","voter_key"),
	CONSTRAINT "participations_voter_key_shape" CHECK ("participations"."voter_key" ~ '^(register|user|code):[0-9a-f-]{36}$'),
	CONSTRAINT "participations_hour_only" CHECK ("participations"."voted_hour" = date_trunc('hour', "participations"."voted_hour", 'UTC'))
);
--> statement-breakpoint
CREATE TABLE "register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"reference_key" text NOT NULL,
	"postcode" text NOT NULL,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_entries_cycle_reference_unique" UNIQUE("cycle_id","reference_key")
);
--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_pot_cycle_place_fk" FOREIGN KEY ("pot_id","cycle_id","place_id") REFERENCES "public"."pots"("id","cycle_id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_pot_cycle_place_fk" FOREIGN KEY ("pot_id","cycle_id","place_id") REFERENCES "public"."pots"("id","cycle_id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ballots_cycle_pot_idx" ON "ballots" USING btree ("cycle_id","pot_id");