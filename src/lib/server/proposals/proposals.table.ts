import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { challenges } from '../challenges/challenges.table';
import { pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import { communityGroups } from '../groups/groups.table';
import { PROPOSAL_STATUSES } from '../../proposals/proposal-statuses';

export const proposalStatus = pgEnum('proposal_status', PROPOSAL_STATUSES);

/**
 * A costed idea from a resident, or from a community group as the organisation. The place team
 * reviews it (feasible / not feasible / merged into another) with a public reason and a reviewed
 * cost; only feasible proposals go on to the vote. Never deleted: hidden with a published reason.
 * Money is integer minor units of the place's currency.
 */
export const proposals = pgTable(
	'proposals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		/** Short number within the cycle ("proposal 12"): easy to say aloud or write on paper. */
		number: integer('number').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		details: text('details').notNull().default(''),
		estimatedCostMinor: bigint('estimated_cost_minor', { mode: 'number' }).notNull(),
		locationText: text('location_text'),
		/** The language it was written in, so pages can mark it (lang="cy") for screen readers. */
		language: text('language').notNull().default('en'),
		challengeId: uuid('challenge_id'),
		/** The pot whose ballot it is on, when the cycle splits its money into pots (the team assigns it). */
		potId: uuid('pot_id'),
		/** The person who submitted it (for a group: the member who did, on the group's behalf). */
		authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Set when submitted by a community group as the organisation. */
		groupId: uuid('group_id').references(() => communityGroups.id, { onDelete: 'set null' }),
		status: proposalStatus('status').notNull().default('submitted'),
		reviewedCostMinor: bigint('reviewed_cost_minor', { mode: 'number' }),
		/** Published with the outcome: why feasible, not feasible or merged. */
		reviewReason: text('review_reason'),
		mergedIntoProposalId: uuid('merged_into_proposal_id'),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Bumped on every edit; an edit names the version it started from, so co-authors never overwrite each other unseen. */
		version: integer('version').notNull().default(1),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'proposals_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'proposals_challenge_place_fk', columns: [table.challengeId, table.placeId], foreignColumns: [challenges.id, challenges.placeId] }),
		foreignKey({ name: 'proposals_pot_cycle_place_fk', columns: [table.potId, table.cycleId, table.placeId], foreignColumns: [pots.id, pots.cycleId, pots.placeId] }),
		foreignKey({ name: 'proposals_merged_into_place_fk', columns: [table.mergedIntoProposalId, table.placeId], foreignColumns: [table.id, table.placeId] }),
		unique('proposals_id_place_unique').on(table.id, table.placeId),
		unique('proposals_cycle_number_unique').on(table.cycleId, table.number),
		index('proposals_cycle_created_idx').on(table.cycleId, table.createdAt),
		index('proposals_group_idx').on(table.groupId),
		check('proposals_estimated_cost_nonnegative', sql`${table.estimatedCostMinor} >= 0`),
		check('proposals_reviewed_cost_nonnegative', sql`${table.reviewedCostMinor} is null or ${table.reviewedCostMinor} >= 0`),
		// Merged always says into which proposal; nothing else does.
		check('proposals_merged_has_target', sql`(${table.status} = 'merged') = (${table.mergedIntoProposalId} is not null)`),
		check('proposals_not_merged_into_itself', sql`${table.mergedIntoProposalId} is null or ${table.mergedIntoProposalId} <> ${table.id}`),
		// An outcome (feasible / not feasible / merged) is always published with its reason.
		check('proposals_outcome_has_reason', sql`${table.status} in ('submitted', 'under_review') or ${table.reviewReason} is not null`),
		check('proposals_hidden_has_reason', sql`(${table.hiddenAt} is null) = (${table.hiddenReason} is null)`)
	]
);

/**
 * Every edit of a proposal, as the full text after it and who made it. Version 1 is the submission;
 * the page shows what changed between versions.
 */
export const proposalVersions = pgTable(
	'proposal_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		version: integer('version').notNull(),
		editedByUserId: uuid('edited_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		details: text('details').notNull(),
		estimatedCostMinor: bigint('estimated_cost_minor', { mode: 'number' }).notNull(),
		locationText: text('location_text'),
		challengeId: uuid('challenge_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'proposal_versions_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		unique('proposal_versions_proposal_version_unique').on(table.proposalId, table.version)
	]
);

/**
 * A co-author: invited by email (only the token's hash is kept), a user once accepted. Co-authors
 * edit the proposal together with its author.
 */
export const proposalCoauthors = pgTable(
	'proposal_coauthors',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		invitedEmail: text('invited_email').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		invitedByUserId: uuid('invited_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Null until the invitation is accepted. */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'proposal_coauthors_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		unique('proposal_coauthors_proposal_user_unique').on(table.proposalId, table.userId),
		check('proposal_coauthors_accepted_has_user', sql`(${table.acceptedAt} is null) = (${table.userId} is null)`)
	]
);

/** A resident's report that a proposal breaks the place's rules: one per person; it hides nothing. */
export const proposalFlags = pgTable(
	'proposal_flags',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'proposal_flags_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		unique('proposal_flags_proposal_user_unique').on(table.proposalId, table.userId)
	]
);

export type Proposal = typeof proposals.$inferSelect;
export type ProposalVersion = typeof proposalVersions.$inferSelect;
