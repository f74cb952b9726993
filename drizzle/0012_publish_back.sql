ALTER TABLE "results" ADD CONSTRAINT "results_id_place_unique" UNIQUE("id","place_id");--> statement-breakpoint
CREATE TYPE "public"."result_change_kind" AS ENUM('project_dropped', 'money_moved', 'cost_changed', 'other');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('planned', 'in_progress', 'done', 'stopped');--> statement-breakpoint
CREATE TABLE "decision_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"result_id" uuid NOT NULL,
	"body" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"written_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_statements_body_present" CHECK (length(trim("decision_statements"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "result_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"result_id" uuid NOT NULL,
	"kind" "result_change_kind" NOT NULL,
	"proposal_id" uuid,
	"to_proposal_id" uuid,
	"amount_minor" bigint,
	"reason" text NOT NULL,
	"made_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "result_changes_reason_present" CHECK (length(trim("result_changes"."reason")) > 0),
	CONSTRAINT "result_changes_amount_nonnegative" CHECK ("result_changes"."amount_minor" is null or "result_changes"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"budget_minor" bigint NOT NULL,
	"status" "delivery_status" DEFAULT 'planned' NOT NULL,
	"status_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliveries_one_per_proposal" UNIQUE("proposal_id"),
	CONSTRAINT "deliveries_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "deliveries_budget_nonnegative" CHECK ("deliveries"."budget_minor" >= 0),
	CONSTRAINT "deliveries_reason_when_finished" CHECK ("deliveries"."status" not in ('done', 'stopped') or length(trim(coalesce("deliveries"."status_reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "delivery_followers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unsubscribe_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_followers_one_per_person" UNIQUE("delivery_id","user_id"),
	CONSTRAINT "delivery_followers_token_unique" UNIQUE("unsubscribe_token_hash")
);
--> statement-breakpoint
CREATE TABLE "delivery_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"done_on" date,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_spending" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"note" text NOT NULL,
	"spent_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_spending_amount_positive" CHECK ("delivery_spending"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "delivery_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"body" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"written_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_updates_id_place_unique" UNIQUE("id","place_id")
);
--> statement-breakpoint
CREATE TABLE "outcome_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"outcome_id" uuid NOT NULL,
	"body" text NOT NULL,
	"observed_on" date NOT NULL,
	"added_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"agreed_with" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_id_place_unique" UNIQUE("id","place_id")
);
--> statement-breakpoint
CREATE TABLE "learning_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"worked" text DEFAULT '' NOT NULL,
	"did_not_work" text DEFAULT '' NOT NULL,
	"cost" text DEFAULT '' NOT NULL,
	"would_change" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"published_at" timestamp with time zone,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_reviews_one_per_cycle" UNIQUE("cycle_id")
);
--> statement-breakpoint
ALTER TABLE "photos" DROP CONSTRAINT "photos_on_one_subject";--> statement-breakpoint
ALTER TABLE "photos" ADD COLUMN "delivery_update_id" uuid;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_written_by_user_id_users_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_statements" ADD CONSTRAINT "decision_statements_result_place_fk" FOREIGN KEY ("result_id","place_id") REFERENCES "public"."results"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_changes" ADD CONSTRAINT "result_changes_made_by_user_id_users_id_fk" FOREIGN KEY ("made_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_changes" ADD CONSTRAINT "result_changes_result_place_fk" FOREIGN KEY ("result_id","place_id") REFERENCES "public"."results"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_changes" ADD CONSTRAINT "result_changes_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_changes" ADD CONSTRAINT "result_changes_to_proposal_place_fk" FOREIGN KEY ("to_proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_followers" ADD CONSTRAINT "delivery_followers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_followers" ADD CONSTRAINT "delivery_followers_delivery_place_fk" FOREIGN KEY ("delivery_id","place_id") REFERENCES "public"."deliveries"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_milestones" ADD CONSTRAINT "delivery_milestones_delivery_place_fk" FOREIGN KEY ("delivery_id","place_id") REFERENCES "public"."deliveries"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_spending" ADD CONSTRAINT "delivery_spending_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_spending" ADD CONSTRAINT "delivery_spending_delivery_place_fk" FOREIGN KEY ("delivery_id","place_id") REFERENCES "public"."deliveries"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_updates" ADD CONSTRAINT "delivery_updates_written_by_user_id_users_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_updates" ADD CONSTRAINT "delivery_updates_delivery_place_fk" FOREIGN KEY ("delivery_id","place_id") REFERENCES "public"."deliveries"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_evidence" ADD CONSTRAINT "outcome_evidence_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_evidence" ADD CONSTRAINT "outcome_evidence_outcome_place_fk" FOREIGN KEY ("outcome_id","place_id") REFERENCES "public"."outcomes"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_delivery_place_fk" FOREIGN KEY ("delivery_id","place_id") REFERENCES "public"."deliveries"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reviews" ADD CONSTRAINT "learning_reviews_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_reviews" ADD CONSTRAINT "learning_reviews_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_statements_result_idx" ON "decision_statements" USING btree ("result_id","created_at");--> statement-breakpoint
CREATE INDEX "result_changes_result_idx" ON "result_changes" USING btree ("result_id","created_at");--> statement-breakpoint
CREATE INDEX "delivery_milestones_delivery_idx" ON "delivery_milestones" USING btree ("delivery_id","position");--> statement-breakpoint
CREATE INDEX "delivery_spending_delivery_idx" ON "delivery_spending" USING btree ("delivery_id");--> statement-breakpoint
CREATE INDEX "delivery_updates_delivery_idx" ON "delivery_updates" USING btree ("delivery_id","created_at");--> statement-breakpoint
CREATE INDEX "outcome_evidence_outcome_idx" ON "outcome_evidence" USING btree ("outcome_id","observed_on");--> statement-breakpoint
CREATE INDEX "outcomes_delivery_idx" ON "outcomes" USING btree ("delivery_id");--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_delivery_update_place_fk" FOREIGN KEY ("delivery_update_id","place_id") REFERENCES "public"."delivery_updates"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "photos_delivery_update_idx" ON "photos" USING btree ("delivery_update_id");--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_on_one_subject" CHECK (num_nonnulls("photos"."post_id", "photos"."proposal_id", "photos"."delivery_update_id") = 1);
