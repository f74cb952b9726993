ALTER TABLE "workshop_ideas" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
-- Ideas hidden before a reason was asked for: the only reason the console offered then was "off topic".
UPDATE "workshop_ideas" SET "hidden_reason" = 'off_topic' WHERE "hidden_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_hidden_has_reason" CHECK (("workshop_ideas"."hidden_at" is null) = ("workshop_ideas"."hidden_reason" is null));--> statement-breakpoint
ALTER TABLE "workshop_ideas" ADD CONSTRAINT "workshop_ideas_hidden_reason_known" CHECK ("workshop_ideas"."hidden_reason" is null or "workshop_ideas"."hidden_reason" in ('off_topic', 'unkind', 'personal_details', 'repeat'));