CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"funder_name" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"note" text,
	"pot_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contributions_amount_positive" CHECK ("contributions"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "pots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"allocated_minor" bigint DEFAULT 0 NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pots_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "pots_id_cycle_place_unique" UNIQUE("id","cycle_id","place_id"),
	CONSTRAINT "pots_allocated_nonnegative" CHECK ("pots"."allocated_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_pot_cycle_place_fk" FOREIGN KEY ("pot_id","cycle_id","place_id") REFERENCES "public"."pots"("id","cycle_id","place_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pots" ADD CONSTRAINT "pots_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contributions_cycle_idx" ON "contributions" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "pots_cycle_idx" ON "pots" USING btree ("cycle_id");