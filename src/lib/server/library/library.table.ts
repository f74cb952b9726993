import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import type { LocalizedText } from '../../localized-text';

/**
 * A theme a place added beside the default list (`src/lib/library/themes.ts`), in its own words
 * per language. Its slug names it in the library, where other places' themes of the same slug meet.
 */
export const placeThemes = pgTable(
	'place_themes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('place_themes_place_slug_unique').on(table.placeId, table.slug), check('place_themes_slug_format', sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)]
);

/**
 * A proposal tagged with a theme by the place team, so the library finds projects about the same
 * thing in every place. A default theme or one of the place's own, by slug.
 */
export const proposalThemes = pgTable(
	'proposal_themes',
	{
		placeId: uuid('place_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		theme: text('theme').notNull(),
		taggedByUserId: uuid('tagged_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ name: 'proposal_themes_pk', columns: [table.proposalId, table.theme] }),
		foreignKey({ name: 'proposal_themes_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		index('proposal_themes_theme_idx').on(table.theme)
	]
);
