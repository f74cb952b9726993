import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { pots } from '../budget/budget.table';
import { cycles, phaseKind } from '../cycles/cycles.table';
import { posts } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { IDEA_HIDE_REASONS } from '../../workshops/hide-reasons';
import { DOT_TARGETS, WORKSHOP_ACTIVITY_KINDS, WORKSHOP_STATUSES } from '../../workshops/workshop-kinds';

export const workshopStatus = pgEnum('workshop_status', WORKSHOP_STATUSES);
export const workshopActivityKind = pgEnum('workshop_activity_kind', WORKSHOP_ACTIVITY_KINDS);
export const workshopDotTarget = pgEnum('workshop_dot_target', DOT_TARGETS);

/**
 * An in-person session of a cycle phase, run by the place team with a laptop and projector;
 * residents join on their phones with the short join code. Attendance is counts only, never names.
 * `current_position` is the agenda item the room is on (null before it starts).
 */
export const workshops = pgTable(
	'workshops',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		phaseKind: phaseKind('phase_kind').notNull(),
		title: text('title').notNull(),
		/** Where, in words: "Alder Road community centre". Used in the credit on what the room made. */
		venue: text('venue').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		/** Typed on a phone from the projector: 6 letters/digits with no look-alikes (no 0/O/1/I). */
		joinCode: text('join_code').notNull().unique(),
		status: workshopStatus('status').notNull().default('planned'),
		currentPosition: integer('current_position'),
		attendanceTotal: integer('attendance_total'),
		attendanceUnder25: integer('attendance_under_25'),
		attendanceOver65: integer('attendance_over_65'),
		/** Set once the room's ideas have become posts or proposals of the cycle (done once). */
		landedAt: timestamp('landed_at', { withTimezone: true }),
		landedByUserId: uuid('landed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshops_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('workshops_id_place_unique').on(table.id, table.placeId),
		index('workshops_cycle_starts_idx').on(table.cycleId, table.startsAt),
		check('workshops_attendance_counts', sql`coalesce(${table.attendanceTotal}, 0) >= 0 and coalesce(${table.attendanceUnder25}, 0) >= 0 and coalesce(${table.attendanceOver65}, 0) >= 0`),
		// The age bands are parts of the total, never more than it.
		check('workshops_attendance_bands_within_total', sql`${table.attendanceTotal} is not null or (${table.attendanceUnder25} is null and ${table.attendanceOver65} is null)`),
		check('workshops_attendance_bands_sum', sql`coalesce(${table.attendanceUnder25}, 0) + coalesce(${table.attendanceOver65}, 0) <= coalesce(${table.attendanceTotal}, 0)`)
	]
);

/** One item of a workshop's agenda, in order: idea capture, grouping, dot-voting or a quick poll. */
export const workshopActivities = pgTable(
	'workshop_activities',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		workshopId: uuid('workshop_id').notNull(),
		position: integer('position').notNull(),
		kind: workshopActivityKind('kind').notNull(),
		/** The prompt on the projector: "What would make evenings better here?", or the poll's question. */
		prompt: text('prompt').notNull(),
		/** Dot-voting only: how many dots each participant spreads. */
		dotsPerPerson: integer('dots_per_person'),
		dotTarget: workshopDotTarget('dot_target'),
		/** A vote in the room only: the pot voted on (null: the cycle's single ballot, when it has no pots). */
		potId: uuid('pot_id'),
		/**
		 * A vote in the room only: how many ballots phones in the room cast, for the projector. Counted
		 * in the cast's own transaction; the ballots themselves say only channel `workshop`.
		 */
		ballotsCast: integer('ballots_cast').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshop_activities_workshop_place_fk', columns: [table.workshopId, table.placeId], foreignColumns: [workshops.id, workshops.placeId] }).onDelete('cascade'),
		unique('workshop_activities_id_place_unique').on(table.id, table.placeId),
		unique('workshop_activities_workshop_position_unique').on(table.workshopId, table.position),
		check('workshop_activities_dots_settings', sql`(${table.kind} = 'dots') = (${table.dotsPerPerson} is not null and ${table.dotTarget} is not null)`),
		check('workshop_activities_dots_range', sql`${table.dotsPerPerson} is null or ${table.dotsPerPerson} between 1 and 20`),
		foreignKey({ name: 'workshop_activities_pot_place_fk', columns: [table.potId, table.placeId], foreignColumns: [pots.id, pots.placeId] }).onDelete('cascade'),
		check('workshop_activities_ballots_cast', sql`${table.ballotsCast} >= 0`)
	]
);

/** A quick poll's answers to choose from. */
export const workshopPollOptions = pgTable(
	'workshop_poll_options',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		activityId: uuid('activity_id').notNull(),
		position: integer('position').notNull(),
		label: text('label').notNull()
	},
	(table) => [
		foreignKey({ name: 'workshop_poll_options_activity_place_fk', columns: [table.activityId, table.placeId], foreignColumns: [workshopActivities.id, workshopActivities.placeId] }).onDelete('cascade'),
		unique('workshop_poll_options_id_place_unique').on(table.id, table.placeId),
		unique('workshop_poll_options_activity_position_unique').on(table.activityId, table.position)
	]
);

/**
 * Someone in the room, on a phone: no account, an optional name, and a cookie whose token is kept
 * here only as a hash. Not a voter: a workshop's dots and poll are open activities, not the ballot.
 */
export const workshopParticipants = pgTable(
	'workshop_participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		workshopId: uuid('workshop_id').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		displayName: text('display_name'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshop_participants_workshop_place_fk', columns: [table.workshopId, table.placeId], foreignColumns: [workshops.id, workshops.placeId] }).onDelete('cascade'),
		unique('workshop_participants_id_place_unique').on(table.id, table.placeId)
	]
);

/** A theme the facilitator groups ideas under ("Getting about", "Things to do"). */
export const workshopThemes = pgTable(
	'workshop_themes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		workshopId: uuid('workshop_id').notNull(),
		name: text('name').notNull(),
		position: integer('position').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshop_themes_workshop_place_fk', columns: [table.workshopId, table.placeId], foreignColumns: [workshops.id, workshops.placeId] }).onDelete('cascade'),
		unique('workshop_themes_id_place_unique').on(table.id, table.placeId)
	]
);

/**
 * An idea from the room: typed on a phone by a participant, or by the team from a paper note
 * (`entered_by_user_id`). Hidden (off-topic, abusive) rather than deleted. Once the workshop lands,
 * the post or proposal it became is recorded here: the credit runs from the workshop to the cycle.
 */
export const workshopIdeas = pgTable(
	'workshop_ideas',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		workshopId: uuid('workshop_id').notNull(),
		body: text('body').notNull(),
		participantId: uuid('participant_id').references(() => workshopParticipants.id, { onDelete: 'set null' }),
		enteredByUserId: uuid('entered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		themeId: uuid('theme_id').references(() => workshopThemes.id, { onDelete: 'set null' }),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason', { enum: IDEA_HIDE_REASONS }),
		landedPostId: uuid('landed_post_id').references(() => posts.id, { onDelete: 'set null' }),
		landedProposalId: uuid('landed_proposal_id').references(() => proposals.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshop_ideas_workshop_place_fk', columns: [table.workshopId, table.placeId], foreignColumns: [workshops.id, workshops.placeId] }).onDelete('cascade'),
		unique('workshop_ideas_id_place_unique').on(table.id, table.placeId),
		index('workshop_ideas_workshop_created_idx').on(table.workshopId, table.createdAt),
		check('workshop_ideas_body_length', sql`length(${table.body}) between 1 and 280`),
		// Hidden always comes with its public reason.
		check('workshop_ideas_hidden_has_reason', sql`(${table.hiddenAt} is null) = (${table.hiddenReason} is null)`),
		check('workshop_ideas_hidden_reason_known', sql`${table.hiddenReason} is null or ${table.hiddenReason} in ('off_topic', 'unkind', 'personal_details', 'repeat')`)
	]
);

/**
 * One participant's dots in one dot-voting activity: one row per participant per activity (the
 * unique key), replaced whole when they change their mind; the dots it spreads are its children.
 */
export const workshopDotVotes = pgTable(
	'workshop_dot_votes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		activityId: uuid('activity_id').notNull(),
		participantId: uuid('participant_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshop_dot_votes_activity_place_fk', columns: [table.activityId, table.placeId], foreignColumns: [workshopActivities.id, workshopActivities.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'workshop_dot_votes_participant_place_fk', columns: [table.participantId, table.placeId], foreignColumns: [workshopParticipants.id, workshopParticipants.placeId] }).onDelete('cascade'),
		unique('workshop_dot_votes_id_place_unique').on(table.id, table.placeId),
		unique('workshop_dot_votes_one_per_participant').on(table.activityId, table.participantId)
	]
);

/** Dots on one idea or one proposal, within a participant's dot vote. */
export const workshopDots = pgTable(
	'workshop_dots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		dotVoteId: uuid('dot_vote_id').notNull(),
		ideaId: uuid('idea_id'),
		proposalId: uuid('proposal_id'),
		dots: integer('dots').notNull()
	},
	(table) => [
		foreignKey({ name: 'workshop_dots_vote_place_fk', columns: [table.dotVoteId, table.placeId], foreignColumns: [workshopDotVotes.id, workshopDotVotes.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'workshop_dots_idea_place_fk', columns: [table.ideaId, table.placeId], foreignColumns: [workshopIdeas.id, workshopIdeas.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'workshop_dots_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		unique('workshop_dots_vote_idea_unique').on(table.dotVoteId, table.ideaId),
		unique('workshop_dots_vote_proposal_unique').on(table.dotVoteId, table.proposalId),
		check('workshop_dots_positive', sql`${table.dots} > 0`),
		check('workshop_dots_one_target', sql`(${table.ideaId} is null) <> (${table.proposalId} is null)`)
	]
);

/** A participant's answer to a quick poll: one per participant per poll, changeable while it runs. */
export const workshopPollAnswers = pgTable(
	'workshop_poll_answers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		activityId: uuid('activity_id').notNull(),
		participantId: uuid('participant_id').notNull(),
		optionId: uuid('option_id').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'workshop_poll_answers_activity_place_fk', columns: [table.activityId, table.placeId], foreignColumns: [workshopActivities.id, workshopActivities.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'workshop_poll_answers_participant_place_fk', columns: [table.participantId, table.placeId], foreignColumns: [workshopParticipants.id, workshopParticipants.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'workshop_poll_answers_option_place_fk', columns: [table.optionId, table.placeId], foreignColumns: [workshopPollOptions.id, workshopPollOptions.placeId] }).onDelete('cascade'),
		unique('workshop_poll_answers_one_per_participant').on(table.activityId, table.participantId)
	]
);

export type Workshop = typeof workshops.$inferSelect;
export type WorkshopActivity = typeof workshopActivities.$inferSelect;
export type WorkshopIdea = typeof workshopIdeas.$inferSelect;
