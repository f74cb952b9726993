CREATE TABLE "place_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "place_themes_place_slug_unique" UNIQUE("place_id","slug"),
	CONSTRAINT "place_themes_slug_format" CHECK ("place_themes"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "proposal_themes" (
	"place_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"tagged_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_themes_pk" PRIMARY KEY("proposal_id","theme")
);
--> statement-breakpoint
ALTER TABLE "place_themes" ADD CONSTRAINT "place_themes_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_themes" ADD CONSTRAINT "proposal_themes_tagged_by_user_id_users_id_fk" FOREIGN KEY ("tagged_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_themes" ADD CONSTRAINT "proposal_themes_proposal_place_fk" FOREIGN KEY ("proposal_id","place_id") REFERENCES "public"."proposals"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_themes_theme_idx" ON "proposal_themes" USING btree ("theme");