CREATE TYPE "public"."small_sums_category" AS ENUM('refreshments', 'travel', 'household', 'materials', 'venue', 'other');--> statement-breakpoint
CREATE TABLE "small_sums_pots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"funder_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"spend_limit_minor" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "small_sums_pots_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "small_sums_pots_amount_nonnegative" CHECK ("small_sums_pots"."amount_minor" >= 0),
	CONSTRAINT "small_sums_pots_limit_positive" CHECK ("small_sums_pots"."spend_limit_minor" > 0),
	CONSTRAINT "small_sums_pots_period_forwards" CHECK ("small_sums_pots"."ends_on" >= "small_sums_pots"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "small_sums_spends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"pot_id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"item" text NOT NULL,
	"supplier" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"purpose" text NOT NULL,
	"category" "small_sums_category" NOT NULL,
	"receipt_public" boolean DEFAULT false NOT NULL,
	"corrects_spend_id" uuid,
	"reason" text,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "small_sums_spends_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "small_sums_spends_amount_nonzero" CHECK ("small_sums_spends"."amount_minor" <> 0),
	CONSTRAINT "small_sums_spends_line_kind" CHECK (("small_sums_spends"."corrects_spend_id" is null and "small_sums_spends"."amount_minor" > 0 and "small_sums_spends"."reason" is null) or ("small_sums_spends"."corrects_spend_id" is not null and length(trim(coalesce("small_sums_spends"."reason", ''))) > 0))
);
--> statement-breakpoint
ALTER TABLE "photos" DROP CONSTRAINT "photos_on_one_subject";--> statement-breakpoint
ALTER TABLE "photos" ADD COLUMN "small_sums_spend_id" uuid;--> statement-breakpoint
ALTER TABLE "small_sums_pots" ADD CONSTRAINT "small_sums_pots_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_sums_spends" ADD CONSTRAINT "small_sums_spends_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_sums_spends" ADD CONSTRAINT "small_sums_spends_pot_place_fk" FOREIGN KEY ("pot_id","place_id") REFERENCES "public"."small_sums_pots"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "small_sums_spends" ADD CONSTRAINT "small_sums_spends_corrects_place_fk" FOREIGN KEY ("corrects_spend_id","place_id") REFERENCES "public"."small_sums_spends"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "small_sums_pots_place_idx" ON "small_sums_pots" USING btree ("place_id","starts_on");--> statement-breakpoint
CREATE INDEX "small_sums_spends_place_idx" ON "small_sums_spends" USING btree ("place_id","created_at");--> statement-breakpoint
CREATE INDEX "small_sums_spends_pot_idx" ON "small_sums_spends" USING btree ("pot_id");--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_small_sums_spend_place_fk" FOREIGN KEY ("small_sums_spend_id","place_id") REFERENCES "public"."small_sums_spends"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "photos_small_sums_spend_idx" ON "photos" USING btree ("small_sums_spend_id");--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_on_one_subject" CHECK (num_nonnulls("photos"."post_id", "photos"."proposal_id", "photos"."delivery_update_id", "photos"."small_sums_spend_id") + "photos"."of_place"::int = 1);