CREATE TYPE "public"."workshop_activity_kind" AS ENUM('ideas', 'grouping', 'dots', 'poll');--> statement-breakpoint
CREATE TYPE "public"."workshop_dot_target" AS ENUM('ideas', 'proposals');--> statement-breakpoint
CREATE TYPE "public"."workshop_status" AS ENUM('planned', 'live', 'ended');--> statement-breakpoint
CREATE TABLE "workshop_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "workshop_activity_kind" NOT NULL,
	"prompt" text NOT NULL,
	"dots_per_person" integer,
	"dot_target" "workshop_dot_target",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_activities_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "workshop_activities_workshop_position_unique" UNIQUE("workshop_id","position"),
	CONSTRAINT "workshop_activities_dots_settings" CHECK (("workshop_activities"."kind" = 'dots') = ("workshop_activities"."dots_per_person" is not null and "workshop_activities"."dot_target" is not null)),
	CONSTRAINT "workshop_activities_dots_range" CHECK ("workshop_activities"."dots_per_person" is null or "workshop_activities"."dots_per_person" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "workshop_dot_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_dot_votes_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "workshop_dot_votes_one_per_participant" UNIQUE("activity_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_dots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"dot_vote_id" uuid NOT NULL,
	"idea_id" uuid,
	"proposal_id" uuid,
	"dots" integer NOT NULL,
	CONSTRAINT "workshop_dots_vote_idea_unique" UNIQUE("dot_vote_id","idea_id"),
	CONSTRAINT "workshop_dots_vote_proposal_unique" UNIQUE("dot_vote_id","proposal_id"),
	CONSTRAINT "workshop_dots_positive" CHECK ("workshop_dots"."dots" > 0),
	CONSTRAINT "workshop_dots_one_target" CHECK (("workshop_dots"."idea_id" is null) <> ("workshop_dots"."proposal_id" is null))
);
--> statement-breakpoint
CREATE TABLE "workshop_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"body" text NOT NULL,
	"participant_id" uuid,
	"entered_by_user_id" uuid,
	"theme_id" uuid,
	"hidden_at" timestamp with time zone,
	"landed_post_id" uuid,
	"landed_proposal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_ideas_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "workshop_ideas_body_length" CHECK (length("workshop_ideas"."body") between 1 and 280)
);
--> statement-breakpoint
CREATE TABLE "workshop_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"display_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_participants_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "workshop_participants_id_place_unique" UNIQUE("id","place_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_poll_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_poll_answers_one_per_participant" UNIQUE("activity_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_poll_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "workshop_poll_options_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "workshop_poll_options_activity_position_unique" UNIQUE("activity_id","position")
);
--> statement-breakpoint
CREATE TABLE "workshop_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_themes_id_place_unique" UNIQUE("id","place_id")
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"phase_kind" "phase_kind" NOT NULL,
	"title" text NOT NULL,
	"venue" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"join_code" text NOT NULL,
	"status" "workshop_status" DEFAULT 'planned' NOT NULL,
	"current_position" integer,
	"attendance_total" integer,
	"attendance_under_25" integer,
	"attendance_over_65" integer,
	"landed_at" timestamp with time zone,
	"landed_by_user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshops_join_code_unique" UNIQUE("join_code"),
	CONSTRAINT "workshops_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "workshops_attendance_counts" CHECK (coalesce("workshops"."attendance_total", 0) >= 0 and coalesce("workshops"."attendance_under_25", 0) >= 0 and coalesce("workshops"."attendance_over_65", 0) >= 0),
	CONSTRAINT "workshops_attendance_bands_within_total" CHECK ("workshops"."attendance_total" is not null or ("workshops"."attendance_under_25" is null and "workshops"."attendance_over_65" is null)),
	CONSTRAINT "workshops_attendance_bands_sum" CHECK (coalesce("workshops"."attendance_under_25", 0) + coalesce("workshops"."attendance_over_65", 0) <= coalesce("workshops"."attendance_total", 0))
);
--> statement-breakpoint
ALTER TABLE "workshop_activities" ADD CONSTRAINT "workshop_activities_workshop_place_fk" FOREIGN KEY ("workshop_id","place_id") REFERENCES "public"."workshops"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_dot_votes" ADD CONSTRAINT "workshop_dot_votes_activity_place_fk" FOREIGN KEY ("activity_id","place_id") REFERENCES "public"."workshop_activities"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_dot_votes" ADD CONSTRAINT "workshop_dot_votes_participant_place_fk" FOREIGN KEY ("participant_id","place_id") REFERENCES "public"."workshop_participants"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_dots" ADD CONSTRAINT "workshop_dots_vote_place_fk" FOREIGN KEY ("dot_vote_id","place_id") REFERENCES "public"."workshop_dot_votes"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_dots" ADD CONSTRAINT "workshop_dots_idea_place_fk" FOREIGN KEY ("idea_id","place_id") REFERENCES "public"."workshop_ideas"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_dots" ADD CONSTRAINT "workshop_dots_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_participant_id_workshop_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."workshop_participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_theme_id_workshop_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."workshop_themes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_landed_post_id_posts_id_fk" FOREIGN KEY ("landed_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_landed_proposal_id_proposals_id_fk" FOREIGN KEY ("landed_proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_workshop_place_fk" FOREIGN KEY ("workshop_id","place_id") REFERENCES "public"."workshops"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_workshop_place_fk" FOREIGN KEY ("workshop_id","place_id") REFERENCES "public"."workshops"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_poll_answers" ADD CONSTRAINT "workshop_poll_answers_activity_place_fk" FOREIGN KEY ("activity_id","place_id") REFERENCES "public"."workshop_activities"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_poll_answers" ADD CONSTRAINT "workshop_poll_answers_participant_place_fk" FOREIGN KEY ("participant_id","place_id") REFERENCES "public"."workshop_participants"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_poll_answers" ADD CONSTRAINT "workshop_poll_answers_option_place_fk" FOREIGN KEY ("option_id","place_id") REFERENCES "public"."workshop_poll_options"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_poll_options" ADD CONSTRAINT "workshop_poll_options_activity_place_fk" FOREIGN KEY ("activity_id","place_id") REFERENCES "public"."workshop_activities"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_themes" ADD CONSTRAINT "workshop_themes_workshop_place_fk" FOREIGN KEY ("workshop_id","place_id") REFERENCES "public"."workshops"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_landed_by_user_id_users_id_fk" FOREIGN KEY ("landed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workshop_ideas_workshop_created_idx" ON "workshop_ideas" USING btree ("workshop_id","created_at");--> statement-breakpoint
CREATE INDEX "workshops_cycle_starts_idx" ON "workshops" USING btree ("cycle_id","starts_at");