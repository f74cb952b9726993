CREATE TYPE "public"."cycle_status" AS ENUM('draft', 'active', 'finished');--> statement-breakpoint
CREATE TYPE "public"."phase_kind" AS ENUM('discover', 'co_create', 'test', 'implement');--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"area_description" jsonb NOT NULL,
	"team_description" jsonb NOT NULL,
	"languages" text[] DEFAULT ARRAY['en']::text[] NOT NULL,
	"time_zone" text DEFAULT 'Europe/London' NOT NULL,
	"currency" text DEFAULT 'GBP' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"challenge" jsonb NOT NULL,
	"status" "cycle_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycles_place_slug_unique" UNIQUE("place_id","slug"),
	CONSTRAINT "cycles_id_place_unique" UNIQUE("id","place_id")
);
--> statement-breakpoint
CREATE TABLE "phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" "phase_kind" NOT NULL,
	"position" integer NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phases_cycle_kind_unique" UNIQUE("cycle_id","kind"),
	CONSTRAINT "phases_cycle_position_unique" UNIQUE("cycle_id","position"),
	CONSTRAINT "phases_dates_in_order" CHECK ("phases"."opens_at" is null or "phases"."closes_at" is null or "phases"."opens_at" < "phases"."closes_at")
);
--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phases" ADD CONSTRAINT "phases_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;