import { sql } from 'drizzle-orm';
import { boolean, check, customType, foreignKey, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { deliveryUpdates } from '../delivery/delivery.table';
import { posts } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { smallSumsSpends } from '../small-sums/small-sums.table';

/** Raw bytes (Postgres bytea); both drivers hand back a Uint8Array/Buffer. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/**
 * A photo on a discover post, a proposal, a delivery update, a small-sums receipt or the place's own page, re-encoded on upload (never the uploaded file itself:
 * that drops camera metadata such as GPS) at two sizes for phones. Stored in the database so the
 * embedded demo and a real server behave the same; hidden with what it belongs to.
 */
export const photos = pgTable(
	'photos',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		postId: uuid('post_id'),
		proposalId: uuid('proposal_id'),
		/** A photo on a delivery update (implement phase). */
		deliveryUpdateId: uuid('delivery_update_id'),
		/** A receipt on a small-sums spend: served only while the spend says it is public. */
		smallSumsSpendId: uuid('small_sums_spend_id'),
		/** The place's own photo on its public page (the newest one is shown; older ones are kept). */
		ofPlace: boolean('of_place').notNull().default(false),
		uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Describes the photo for people who cannot see it; written by the uploader. */
		altText: text('alt_text').notNull().default(''),
		contentType: text('content_type').notNull(),
		/** Display size (longest side at most ~1200 px). */
		large: bytea('large').notNull(),
		largeWidth: integer('large_width').notNull(),
		largeHeight: integer('large_height').notNull(),
		/** List size (longest side at most ~400 px). */
		small: bytea('small').notNull(),
		smallWidth: integer('small_width').notNull(),
		smallHeight: integer('small_height').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'photos_post_place_fk', columns: [table.postId, table.placeId], foreignColumns: [posts.id, posts.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'photos_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		index('photos_post_idx').on(table.postId),
		foreignKey({ name: 'photos_delivery_update_place_fk', columns: [table.deliveryUpdateId, table.placeId], foreignColumns: [deliveryUpdates.id, deliveryUpdates.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'photos_small_sums_spend_place_fk', columns: [table.smallSumsSpendId, table.placeId], foreignColumns: [smallSumsSpends.id, smallSumsSpends.placeId] }).onDelete('cascade'),
		index('photos_small_sums_spend_idx').on(table.smallSumsSpendId),
		index('photos_proposal_idx').on(table.proposalId),
		index('photos_delivery_update_idx').on(table.deliveryUpdateId),
		check('photos_on_one_subject', sql`num_nonnulls(${table.postId}, ${table.proposalId}, ${table.deliveryUpdateId}, ${table.smallSumsSpendId}) + ${table.ofPlace}::int = 1`),
		index('photos_of_place_idx').on(table.placeId, table.createdAt).where(sql`${table.ofPlace}`)
	]
);

export type Photo = typeof photos.$inferSelect;
