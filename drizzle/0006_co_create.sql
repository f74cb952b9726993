CREATE TYPE "public"."proposal_status" AS ENUM('submitted', 'under_review', 'feasible', 'not_feasible', 'merged');--> statement-breakpoint
CREATE TABLE "challenge_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_posts_challenge_post_unique" UNIQUE("challenge_id","post_id")
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"question" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_id_place_unique" UNIQUE("id","place_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_coauthors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"invited_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_user_id" uuid,
	"user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_coauthors_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "proposal_coauthors_proposal_user_unique" UNIQUE("proposal_id","user_id"),
	CONSTRAINT "proposal_coauthors_accepted_has_user" CHECK (("proposal_coauthors"."accepted_at" is null) = ("proposal_coauthors"."user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "proposal_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_flags_proposal_user_unique" UNIQUE("proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"edited_by_user_id" uuid,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"details" text NOT NULL,
	"estimated_cost_minor" bigint NOT NULL,
	"location_text" text,
	"challenge_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_versions_proposal_version_unique" UNIQUE("proposal_id","version")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"estimated_cost_minor" bigint NOT NULL,
	"location_text" text,
	"language" text DEFAULT 'en' NOT NULL,
	"challenge_id" uuid,
	"author_user_id" uuid,
	"group_id" uuid,
	"status" "proposal_status" DEFAULT 'submitted' NOT NULL,
	"reviewed_cost_minor" bigint,
	"review_reason" text,
	"merged_into_proposal_id" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "proposals_cycle_number_unique" UNIQUE("cycle_id","number"),
	CONSTRAINT "proposals_estimated_cost_nonnegative" CHECK ("proposals"."estimated_cost_minor" >= 0),
	CONSTRAINT "proposals_reviewed_cost_nonnegative" CHECK ("proposals"."reviewed_cost_minor" is null or "proposals"."reviewed_cost_minor" >= 0),
	CONSTRAINT "proposals_merged_has_target" CHECK (("proposals"."status" = 'merged') = ("proposals"."merged_into_proposal_id" is not null)),
	CONSTRAINT "proposals_not_merged_into_itself" CHECK ("proposals"."merged_into_proposal_id" is null or "proposals"."merged_into_proposal_id" <> "proposals"."id"),
	CONSTRAINT "proposals_outcome_has_reason" CHECK ("proposals"."status" in ('submitted', 'under_review') or "proposals"."review_reason" is not null),
	CONSTRAINT "proposals_hidden_has_reason" CHECK (("proposals"."hidden_at" is null) = ("proposals"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "comment_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_flags_comment_user_unique" UNIQUE("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"post_id" uuid,
	"proposal_id" uuid,
	"parent_comment_id" uuid,
	"body" text NOT NULL,
	"author_user_id" uuid,
	"group_id" uuid,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "comments_on_one_subject" CHECK (("comments"."post_id" is null) <> ("comments"."proposal_id" is null)),
	CONSTRAINT "comments_hidden_has_reason" CHECK (("comments"."hidden_at" is null) = ("comments"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"post_id" uuid,
	"proposal_id" uuid,
	"uploaded_by_user_id" uuid,
	"alt_text" text DEFAULT '' NOT NULL,
	"content_type" text NOT NULL,
	"large" "bytea" NOT NULL,
	"large_width" integer NOT NULL,
	"large_height" integer NOT NULL,
	"small" "bytea" NOT NULL,
	"small_width" integer NOT NULL,
	"small_height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "photos_on_one_subject" CHECK (("photos"."post_id" is null) <> ("photos"."proposal_id" is null))
);
--> statement-breakpoint
ALTER TABLE "challenge_posts" ADD CONSTRAINT "challenge_posts_challenge_place_fk" FOREIGN KEY ("challenge_id","place_id") REFERENCES "public"."challenges"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_posts" ADD CONSTRAINT "challenge_posts_post_place_fk" FOREIGN KEY ("post_id","place_id") REFERENCES "public"."posts"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_coauthors" ADD CONSTRAINT "proposal_coauthors_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_coauthors" ADD CONSTRAINT "proposal_coauthors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_coauthors" ADD CONSTRAINT "proposal_coauthors_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_flags" ADD CONSTRAINT "proposal_flags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_flags" ADD CONSTRAINT "proposal_flags_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_edited_by_user_id_users_id_fk" FOREIGN KEY ("edited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_versions" ADD CONSTRAINT "proposal_versions_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_challenge_place_fk" FOREIGN KEY ("challenge_id","place_id") REFERENCES "public"."challenges"("id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_place_fk" FOREIGN KEY ("merged_into_proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_comment_place_fk" FOREIGN KEY ("comment_id","place_id") REFERENCES "public"."comments"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_group_id_community_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."community_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_place_fk" FOREIGN KEY ("post_id","place_id") REFERENCES "public"."posts"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_place_fk" FOREIGN KEY ("parent_comment_id","place_id") REFERENCES "public"."comments"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_post_place_fk" FOREIGN KEY ("post_id","place_id") REFERENCES "public"."posts"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenge_posts_post_idx" ON "challenge_posts" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "challenges_cycle_idx" ON "challenges" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "proposals_cycle_created_idx" ON "proposals" USING btree ("cycle_id","created_at");--> statement-breakpoint
CREATE INDEX "proposals_group_idx" ON "proposals" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "comments_post_created_idx" ON "comments" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_proposal_created_idx" ON "comments" USING btree ("proposal_id","created_at");--> statement-breakpoint
CREATE INDEX "photos_post_idx" ON "photos" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "photos_proposal_idx" ON "photos" USING btree ("proposal_id");