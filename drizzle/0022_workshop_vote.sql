ALTER TYPE "public"."workshop_activity_kind" ADD VALUE 'vote';--> statement-breakpoint
ALTER TABLE "paper_entries" ADD COLUMN "channel" "vote_channel" DEFAULT 'paper' NOT NULL;--> statement-breakpoint
ALTER TABLE "workshop_activities" ADD COLUMN "pot_id" uuid;--> statement-breakpoint
ALTER TABLE "workshop_activities" ADD COLUMN "ballots_cast" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "workshop_activities" ADD CONSTRAINT "workshop_activities_pot_place_fk" FOREIGN KEY ("pot_id","place_id") REFERENCES "public"."pots"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_entries" ADD CONSTRAINT "paper_entries_paper_channels" CHECK ("paper_entries"."channel" in ('paper', 'workshop'));--> statement-breakpoint
ALTER TABLE "workshop_activities" ADD CONSTRAINT "workshop_activities_ballots_cast" CHECK ("workshop_activities"."ballots_cast" >= 0);