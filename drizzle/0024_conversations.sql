CREATE TYPE "public"."conversation_answer" AS ENUM('agree', 'disagree', 'pass');--> statement-breakpoint
CREATE TYPE "public"."conversation_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."conversation_statement_author" AS ENUM('team', 'resident');--> statement-breakpoint
CREATE TABLE "conversation_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"answer" "conversation_answer" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_answers_statement_user_unique" UNIQUE("statement_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_groupings" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"place_id" uuid NOT NULL,
	"answers_seen" integer NOT NULL,
	"answers_changed_at" timestamp with time zone,
	"grouping" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"written_by" "conversation_statement_author" NOT NULL,
	"author_user_id" uuid,
	"published_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_statements_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "conversation_statements_body_length" CHECK (char_length("conversation_statements"."body") between 1 and 140),
	CONSTRAINT "conversation_statements_hidden_has_reason" CHECK (("conversation_statements"."hidden_at" is null) = ("conversation_statements"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"status" "conversation_status" DEFAULT 'open' NOT NULL,
	"ballot_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "conversations_cycle_unique" UNIQUE("cycle_id")
);
--> statement-breakpoint
ALTER TABLE "conversation_answers" ADD CONSTRAINT "conversation_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_answers" ADD CONSTRAINT "conversation_answers_conversation_place_fk" FOREIGN KEY ("conversation_id","place_id") REFERENCES "public"."conversations"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_answers" ADD CONSTRAINT "conversation_answers_statement_place_fk" FOREIGN KEY ("statement_id","place_id") REFERENCES "public"."conversation_statements"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_groupings" ADD CONSTRAINT "conversation_groupings_conversation_place_fk" FOREIGN KEY ("conversation_id","place_id") REFERENCES "public"."conversations"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_statements" ADD CONSTRAINT "conversation_statements_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_statements" ADD CONSTRAINT "conversation_statements_conversation_place_fk" FOREIGN KEY ("conversation_id","place_id") REFERENCES "public"."conversations"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_answers_conversation_idx" ON "conversation_answers" USING btree ("conversation_id","user_id");--> statement-breakpoint
CREATE INDEX "conversation_statements_conversation_idx" ON "conversation_statements" USING btree ("conversation_id","created_at");