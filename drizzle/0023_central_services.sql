CREATE TYPE "public"."service_request_answer" AS ENUM('accepted', 'done', 'cannot_do');--> statement-breakpoint
CREATE TYPE "public"."service_request_status" AS ENUM('open', 'accepted', 'done', 'cannot_do');--> statement-breakpoint
CREATE TABLE "central_service_responders" (
	"service_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "central_service_responders_service_id_user_id_pk" PRIMARY KEY("service_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "central_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"about" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "central_services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "service_request_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"answer" "service_request_answer" NOT NULL,
	"words" text NOT NULL,
	"answered_by_user_id" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_request_answers_words" CHECK (length(trim("service_request_answers"."words")) > 0)
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"need" text NOT NULL,
	"needed_by" date NOT NULL,
	"why_here" text NOT NULL,
	"status" "service_request_status" DEFAULT 'open' NOT NULL,
	"raised_by_user_id" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rating" smallint,
	"rating_words" text,
	"rated_by_user_id" uuid,
	"rated_at" timestamp with time zone,
	CONSTRAINT "service_requests_id_place_unique" UNIQUE("id","place_id"),
	CONSTRAINT "service_requests_rating_range" CHECK ("service_requests"."rating" is null or "service_requests"."rating" between 1 and 5),
	CONSTRAINT "service_requests_rated_when_closed" CHECK ("service_requests"."rating" is null or "service_requests"."status" in ('done', 'cannot_do')),
	CONSTRAINT "service_requests_rating_has_words" CHECK (("service_requests"."rating" is null) = ("service_requests"."rating_words" is null))
);
--> statement-breakpoint
ALTER TABLE "central_service_responders" ADD CONSTRAINT "central_service_responders_service_id_central_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."central_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "central_service_responders" ADD CONSTRAINT "central_service_responders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_answers" ADD CONSTRAINT "service_request_answers_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_answers" ADD CONSTRAINT "service_request_answers_request_place_fk" FOREIGN KEY ("request_id","place_id") REFERENCES "public"."service_requests"("id","place_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_central_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."central_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_raised_by_user_id_users_id_fk" FOREIGN KEY ("raised_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_rated_by_user_id_users_id_fk" FOREIGN KEY ("rated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "central_service_responders_user_idx" ON "central_service_responders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "service_request_answers_request_idx" ON "service_request_answers" USING btree ("request_id","answered_at");--> statement-breakpoint
CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id","raised_at");--> statement-breakpoint
CREATE INDEX "service_requests_place_idx" ON "service_requests" USING btree ("place_id","raised_at");