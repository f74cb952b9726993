CREATE TABLE "register_entry_accounts" (
	"place_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"register_entry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "register_entry_accounts_pk" PRIMARY KEY("cycle_id","user_id"),
	CONSTRAINT "register_entry_accounts_entry_unique" UNIQUE("register_entry_id")
);
--> statement-breakpoint
ALTER TABLE "register_entry_accounts" ADD CONSTRAINT "register_entry_accounts_register_entry_id_register_entries_id_fk" FOREIGN KEY ("register_entry_id") REFERENCES "public"."register_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entry_accounts" ADD CONSTRAINT "register_entry_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entry_accounts" ADD CONSTRAINT "register_entry_accounts_cycle_place_fk" FOREIGN KEY ("cycle_id","place_id") REFERENCES "public"."cycles"("id","place_id") ON DELETE cascade ON UPDATE no action;