import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';

/**
 * A place: a neighbourhood with its own team, and the tenancy key of everything it owns.
 * What the place chooses (languages, time zone, currency) lives here, never in a constant.
 */
export const places = pgTable('places', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: jsonb('name').$type<LocalizedText>().notNull(),
	summary: jsonb('summary').$type<LocalizedText>().notNull(),
	/** What the area is like, in the team's words. */
	areaDescription: jsonb('area_description').$type<LocalizedText>().notNull(),
	/** Who the team is. Team membership arrives with accounts; this is the story they tell. */
	teamDescription: jsonb('team_description').$type<LocalizedText>().notNull(),
	/** Languages this place offers residents, first one is the place's main language. */
	languages: text('languages').array().notNull().default(sql`ARRAY['en']::text[]`),
	/** IANA zone used to show times; times are stored in UTC. */
	timeZone: text('time_zone').notNull().default('Europe/London'),
	/** ISO 4217 code; money is stored as integer minor units of it. */
	currency: text('currency').notNull().default('GBP'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;
