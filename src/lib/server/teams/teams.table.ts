import { index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { places } from '../places/places.table';
import { PLACE_ROLES } from '../../teams/place-roles';

export const placeRole = pgEnum('place_role', PLACE_ROLES);

/** A person's role in a place's team. One role per place; a person may work in several places. */
export const placeMemberships = pgTable(
	'place_memberships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: placeRole('role').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('place_memberships_place_user_unique').on(table.placeId, table.userId), index('place_memberships_user_idx').on(table.userId)]
);

/**
 * An invitation to join a place's team with a role. The emailed link carries a token; only its hash
 * is stored. Accepting it creates the membership.
 */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: placeRole('role').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('invitations_place_idx').on(table.placeId)]
);

export type PlaceMembership = typeof placeMemberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
