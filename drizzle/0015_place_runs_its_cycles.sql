CREATE TYPE "public"."cycle_change_kind" AS ENUM('phase_moved', 'phase_extended', 'phase_shortened', 'paused', 'resumed', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."cycle_status" ADD VALUE 'paused' BEFORE 'finished';--> statement-breakpoint
ALTER TYPE "public"."cycle_status" ADD VALUE 'cancelled' BEFORE 'finished';--> statement-breakpoint
CREATE TABLE "cycle_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" "cycle_change_kind" NOT NULL,
	"phase_kind" "phase_kind",
	"before" jsonb,
	"after" jsonb,
	"reason" text DEFAULT '' NOT NULL,
	"made_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_changes_reason_when_owed" CHECK ("cycle_changes"."kind" in ('phase_moved', 'phase_extended', 'resumed') or length(trim("cycle_changes"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "photos" DROP CONSTRAINT "photos_on_one_subject";--> statement-breakpoint
ALTER TABLE "photos" ADD COLUMN "of_place" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cycle_changes" ADD CONSTRAINT "cycle_changes_made_by_user_id_users_id_fk" FOREIGN KEY ("made_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_changes" ADD CONSTRAINT "cycle_changes_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_changes_cycle_idx" ON "cycle_changes" USING btree ("cycle_id","created_at");--> statement-breakpoint
CREATE INDEX "photos_of_place_idx" ON "photos" USING btree ("place_id","created_at") WHERE "photos"."of_place";--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_on_one_subject" CHECK (num_nonnulls("photos"."post_id", "photos"."proposal_id", "photos"."delivery_update_id") + "photos"."of_place"::int = 1);