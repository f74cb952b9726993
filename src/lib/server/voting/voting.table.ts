import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { pots } from '../budget/budget.table';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import { PAPER_ENTRY_STATES, VOTE_CHANNELS } from '../../voting/vote-channels';

// Kept so the voting code that imports them from here still compiles; their home is lib/voting/vote-channels.ts.
export { PAPER_ENTRY_STATES, VOTE_CHANNELS, type PaperEntryState, type VoteChannel } from '../../voting/vote-channels';

/** How a ballot arrived (see VOTE_CHANNELS). */
export const voteChannel = pgEnum('vote_channel', VOTE_CHANNELS);

/**
 * A person on a cycle's voter register, as the team uploaded it: a reference the team knows them
 * by (a tenancy number, a school roll number), their postcode, optionally a name. One register per
 * cycle, shared by every channel, so nobody can vote on paper and online.
 */
export const registerEntries = pgTable(
	'register_entries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		reference: text('reference').notNull(),
		/** Upper-cased reference: "a-001" and "A-001" are one person. */
		referenceKey: text('reference_key').notNull(),
		postcode: text('postcode').notNull(),
		name: text('name'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'register_entries_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('register_entries_cycle_reference_unique').on(table.cycleId, table.referenceKey)
	]
);

/**
 * The register entry an account voted as in a cycle: an account that gave a reference is that person
 * in every pot of the cycle, so voting again without the reference (or with another one) cannot make
 * a second voter. One account per entry, one entry per account. It links a person to a person — never
 * to a ballot — and keeps no time.
 */
export const registerEntryAccounts = pgTable(
	'register_entry_accounts',
	{
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		registerEntryId: uuid('register_entry_id')
			.notNull()
			.references(() => registerEntries.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(table) => [
		primaryKey({ name: 'register_entry_accounts_pk', columns: [table.cycleId, table.userId] }),
		unique('register_entry_accounts_entry_unique').on(table.registerEntryId),
		foreignKey({ name: 'register_entry_accounts_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade')
	]
);

/**
 * The fact that a voter has voted in a pot, and by which channel — never what they chose. The
 * voter key names who, whatever the channel: `register:<entry id>` when the cycle has a register,
 * `user:<user id>` for an open online vote, `code:<letter code id>` for a letter code not tied to an
 * entry. The unique key makes a second ballot impossible, also under concurrent submits and across
 * app processes. No time finer than the hour, so it cannot be lined up with a ballot's.
 * A cycle without pots votes once for all its money: pot_id is null, and nulls count as equal.
 */
export const participations = pgTable(
	'participations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		potId: uuid('pot_id'),
		voterKey: text('voter_key').notNull(),
		channel: voteChannel('channel').notNull(),
		votedHour: timestamp('voted_hour', { withTimezone: true }).notNull()
	},
	(table) => [
		foreignKey({ name: 'participations_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'participations_pot_cycle_place_fk', columns: [table.potId, table.cycleId, table.placeId], foreignColumns: [pots.id, pots.cycleId, pots.placeId] }),
		unique('participations_one_per_voter').on(table.cycleId, table.potId, table.voterKey).nullsNotDistinct(),
		check('participations_voter_key_shape', sql`${table.voterKey} ~ '^(register|user|code):[0-9a-f-]{36}$'`),
		check('participations_hour_only', sql`${table.votedHour} = date_trunc('hour', ${table.votedHour}, 'UTC')`)
	]
);

/**
 * One anonymous ballot: a random id, the choices (as the count reads them), the channel and the hour
 * it was cast. No voter, session, address or participation is named here, and nothing names it back:
 * the receipt code is the voter's own proof that their ballot is in the count, shown to them once;
 * only its hash is kept, so the table alone cannot find anyone's ballot (re-voting needs the code).
 */
export const ballots = pgTable(
	'ballots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		potId: uuid('pot_id'),
		channel: voteChannel('channel').notNull(),
		/** { choices: proposal ids (ranked: most wanted first), points?: numbers beside them }. */
		choices: jsonb('choices').$type<{ choices: string[]; points?: number[] }>().notNull(),
		/** SHA-256 (hex) of the receipt code. */
		receiptHash: text('receipt_hash').notNull(),
		castHour: timestamp('cast_hour', { withTimezone: true }).notNull(),
		/**
		 * Rewritten since it was cast by a mixing pass (see mix-ballots.ts): from then on its system
		 * columns (the transaction id Postgres stamps on every row) no longer match its participation's.
		 */
		mixed: boolean('mixed').notNull().default(false)
	},
	(table) => [
		foreignKey({ name: 'ballots_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'ballots_pot_cycle_place_fk', columns: [table.potId, table.cycleId, table.placeId], foreignColumns: [pots.id, pots.cycleId, pots.placeId] }),
		unique('ballots_cycle_receipt_unique').on(table.cycleId, table.receiptHash),
		index('ballots_cycle_pot_idx').on(table.cycleId, table.potId),
		index('ballots_unmixed_idx').on(table.id).where(sql`not ${table.mixed}`),
		check('ballots_hour_only', sql`${table.castHour} = date_trunc('hour', ${table.castHour}, 'UTC')`)
	]
);

/**
 * A batch of single-use voting codes the team printed as letters for households ("Tower 3, March").
 * The codes themselves are shown once, in the batch's PDF; only their hashes are kept, so a lost
 * PDF is replaced by revoking the batch and making a new one.
 */
export const letterCodeBatches = pgTable(
	'letter_code_batches',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		label: text('label').notNull(),
		codeCount: integer('code_count').notNull(),
		createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(table) => [
		foreignKey({ name: 'letter_code_batches_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('letter_code_batches_id_place_unique').on(table.id, table.placeId),
		check('letter_code_batches_count_range', sql`${table.codeCount} between 1 and 5000`)
	]
);

/**
 * One single-use voting code: lets one person vote (once in each pot) with no account. Its id is
 * the voter key (`code:<id>`); the code is kept only as a hash.
 */
export const letterCodes = pgTable(
	'letter_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		batchId: uuid('batch_id').notNull(),
		/** SHA-256 (hex) of the code with its dashes removed, upper-cased. */
		codeHash: text('code_hash').notNull(),
		/**
		 * The person on the cycle's register this letter was printed for, when the cycle has one: the
		 * code then votes as that entry (`register:<id>`), so the same person cannot vote again online
		 * with their reference or on paper.
		 */
		registerEntryId: uuid('register_entry_id').references(() => registerEntries.id, { onDelete: 'cascade' })
	},
	(table) => [
		foreignKey({ name: 'letter_codes_batch_place_fk', columns: [table.batchId, table.placeId], foreignColumns: [letterCodeBatches.id, letterCodeBatches.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'letter_codes_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('letter_codes_code_hash_unique').on(table.codeHash),
		index('letter_codes_batch_idx').on(table.batchId),
		index('letter_codes_register_entry_idx').on(table.registerEntryId)
	]
);

export const paperEntryState = pgEnum('paper_entry_state', PAPER_ENTRY_STATES);

/**
 * A paper ballot typed in at a stall or workshop, by its serial number (printed on the paper, never
 * on the register). The first entry records the voter's participation (so they cannot also vote
 * online) and waits here; a second person enters the same paper, and only when both entries match
 * is the ballot counted — then the choices move to `ballots` and are cleared here. Nothing here
 * names the voter.
 */
export const paperEntries = pgTable(
	'paper_entries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		potId: uuid('pot_id'),
		/** As written on the paper, upper-cased and trimmed. */
		serial: text('serial').notNull(),
		state: paperEntryState('state').notNull().default('awaiting_check'),
		/** `paper`, or `workshop` for papers handed in at a workshop where the room voted: the channel its ballot counts under. */
		channel: voteChannel('channel').notNull().default('paper'),
		/** The first entry's choices, until the check counts or discards it. */
		choices: jsonb('choices').$type<{ choices: string[]; points?: number[] }>(),
		enteredByUserId: uuid('entered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		checkedByUserId: uuid('checked_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		enteredHour: timestamp('entered_hour', { withTimezone: true }).notNull()
	},
	(table) => [
		foreignKey({ name: 'paper_entries_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'paper_entries_pot_cycle_place_fk', columns: [table.potId, table.cycleId, table.placeId], foreignColumns: [pots.id, pots.cycleId, pots.placeId] }),
		unique('paper_entries_one_per_serial').on(table.cycleId, table.potId, table.serial).nullsNotDistinct(),
		check('paper_entries_choices_until_checked', sql`(${table.state} = 'awaiting_check') = (${table.choices} is not null)`),
		check('paper_entries_hour_only', sql`${table.enteredHour} = date_trunc('hour', ${table.enteredHour}, 'UTC')`),
		check('paper_entries_paper_channels', sql`${table.channel} in ('paper', 'workshop')`)
	]
);

export type Ballot = typeof ballots.$inferSelect;
export type Participation = typeof participations.$inferSelect;
