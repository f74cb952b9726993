CREATE TYPE "public"."result_state" AS ENUM('counting', 'counted', 'failed');--> statement-breakpoint
CREATE TABLE "results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"pot_id" uuid,
	"state" "result_state" DEFAULT 'counting' NOT NULL,
	"rule" text NOT NULL,
	"completion" text NOT NULL,
	"tie_break" text NOT NULL,
	"budget_minor" bigint NOT NULL,
	"ballot_count" integer DEFAULT 0 NOT NULL,
	"turnout" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"spent_minor" bigint,
	"selected" jsonb,
	"explanations" jsonb,
	"per_voter_budget" jsonb,
	"error" text,
	"started_by_user_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"counted_at" timestamp with time zone,
	CONSTRAINT "results_one_per_pot" UNIQUE NULLS NOT DISTINCT("cycle_id","pot_id"),
	CONSTRAINT "results_counted_has_outcome" CHECK ("results"."state" <> 'counted' or ("results"."selected" is not null and "results"."spent_minor" is not null and "results"."counted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_started_by_user_id_users_id_fk" FOREIGN KEY ("started_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_pot_cycle_place_fk" FOREIGN KEY ("pot_id","cycle_id","place_id") REFERENCES "public"."pots"("id","cycle_id","place_id") ON DELETE no action ON UPDATE no action;