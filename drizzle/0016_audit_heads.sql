CREATE TABLE "audit_heads" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_heads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chain" text NOT NULL,
	"place_id" uuid,
	"length" integer NOT NULL,
	"hash" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_heads_chain_length_unique" UNIQUE("chain","length"),
	CONSTRAINT "audit_heads_length_positive" CHECK ("audit_heads"."length" >= 1),
	CONSTRAINT "audit_heads_place_chain" CHECK ("audit_heads"."place_id" is null or "audit_heads"."chain" = "audit_heads"."place_id"::text)
);
--> statement-breakpoint
ALTER TABLE "audit_heads" ADD CONSTRAINT "audit_heads_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Published heads are append-only like the record they vouch for (written by hand: drizzle-kit does
-- not generate triggers). Someone with owner rights can still drop it; copies of the heads outside
-- (the Atom feed, anyone who saved the public page) are what catch that.
CREATE FUNCTION "audit_heads_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_heads is append-only: % is not allowed', TG_OP
		USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_heads_append_only"
	BEFORE UPDATE OR DELETE ON "audit_heads"
	FOR EACH ROW EXECUTE FUNCTION "audit_heads_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_heads_no_truncate"
	BEFORE TRUNCATE ON "audit_heads"
	FOR EACH STATEMENT EXECUTE FUNCTION "audit_heads_refuse_change"();
