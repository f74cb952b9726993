CREATE TYPE "public"."post_kind" AS ENUM('need', 'asset');--> statement-breakpoint
CREATE TABLE "post_supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_supports_post_user_unique" UNIQUE("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" "post_kind" NOT NULL,
	"body" text NOT NULL,
	"location_text" text,
	"author_user_id" uuid,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posts_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "posts_hidden_has_reason" CHECK (("posts"."hidden_at" is null) = ("posts"."hidden_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "post_supports" ADD CONSTRAINT "post_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_supports" ADD CONSTRAINT "post_supports_post_place_fk" FOREIGN KEY ("post_id","place_id") REFERENCES "public"."posts"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "posts_cycle_kind_created_idx" ON "posts" USING btree ("cycle_id","kind","created_at");