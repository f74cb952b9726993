import { sql } from 'drizzle-orm';
import { bigint, check, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { places } from '../places/places.table';

/** JSON a details object may hold; kept plain so the hash over it is reproducible. */
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };
export type AuditDetails = { [key: string]: AuditJson };

/**
 * The append-only record of what staff did, who signed in (or failed to), role changes and
 * invitations. Rows form one hash chain per `chain`: a place's id for that place's events,
 * 'steward' for the central area, 'accounts' for sign-ins not tied to a place. Each row's hash
 * covers the previous row's hash, so editing or removing a row breaks every later link
 * (see verify-audit-chain.ts). A trigger refuses UPDATE, DELETE and TRUNCATE (custom migration
 * audit_append_only); the chain catches whoever bypasses it with owner rights.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		chain: text('chain').notNull(),
		/** No cascade: a place with a history cannot be hard-deleted out from under its record. */
		placeId: uuid('place_id').references(() => places.id),
		/** 1, 2, 3 … within the chain; a gap means a row was removed. */
		sequence: integer('sequence').notNull(),
		/**
		 * Deliberately no foreign key: users land in a parallel module, and a record must outlive the
		 * account it names (a deleted user's actions stay on file). `actor_label` keeps it readable.
		 */
		actorUserId: uuid('actor_user_id'),
		/** Who it was at the time, e.g. an email address, so the record reads without joins. */
		actorLabel: text('actor_label'),
		/** A stable code such as 'member.role_changed' or 'session.sign_in_failed'. */
		action: text('action').notNull(),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		details: jsonb('details').$type<AuditDetails>().notNull().default({}),
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
		/** 64 zeros for the first row of a chain. */
		prevHash: text('prev_hash').notNull(),
		hash: text('hash').notNull()
	},
	(table) => [
		// Also the index for walking a chain and for the team's newest-first audit page.
		unique('audit_events_chain_sequence_unique').on(table.chain, table.sequence),
		check('audit_events_sequence_positive', sql`${table.sequence} >= 1`),
		// A place's events live in that place's chain and nowhere else.
		check('audit_events_place_chain', sql`${table.placeId} is null or ${table.chain} = ${table.placeId}::text`)
	]
);

export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * Heads of the audit chains as they were published: the chain's length and newest hash, dated. The
 * chain alone cannot show rows removed from its END, nor a chain rewritten from an edit onwards with
 * every later hash recomputed; a published head can, once someone outside has seen it (the place's
 * public record page and its Atom feed show every head). Append-only like the record itself
 * (custom migration), and verifyAuditChain checks the chain against every head published.
 */
export const auditHeads = pgTable(
	'audit_heads',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		chain: text('chain').notNull(),
		placeId: uuid('place_id').references(() => places.id),
		/** How many events the chain held: the head is the event with this sequence. */
		length: integer('length').notNull(),
		hash: text('hash').notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull()
	},
	(table) => [
		unique('audit_heads_chain_length_unique').on(table.chain, table.length),
		check('audit_heads_length_positive', sql`${table.length} >= 1`),
		check('audit_heads_place_chain', sql`${table.placeId} is null or ${table.chain} = ${table.placeId}::text`)
	]
);

export type AuditHead = typeof auditHeads.$inferSelect;
