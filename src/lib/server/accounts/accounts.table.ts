import { boolean, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { EMAIL_CODE_PURPOSES, SESSION_METHODS } from '../../accounts/sign-in-methods';

/**
 * A person who signs in. Residents have no password (they sign in with an emailed code); staff —
 * place teams and stewards — have one. Email is stored lower-cased and trimmed so it is one key.
 */
export const users = pgTable('users', {
	id: uuid('id').primaryKey().defaultRandom(),
	email: text('email').notNull().unique(),
	displayName: text('display_name'),
	/** argon2id; null for residents, who sign in by emailed code only. */
	passwordHash: text('password_hash'),
	/** Base32 TOTP key when two-factor is set up. Required for stewards before they can act. */
	totpKey: text('totp_key'),
	/**
	 * The 30-second step of the last two-step code accepted for this user (seconds since 1970 / 30).
	 * A code is accepted only for a later step, so one seen over a shoulder or sent twice is spent.
	 */
	totpLastStep: integer('totp_last_step'),
	/** Someone in the central organisation: creates places and serves them, cannot overrule them. */
	isSteward: boolean('is_steward').notNull().default(false),
	emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const sessionMethod = pgEnum('session_method', SESSION_METHODS);

/**
 * A signed-in browser. The id is the SHA-256 of the cookie's token, so a stolen database copy
 * cannot be replayed as a cookie (the Lucia guide's design).
 */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		/** Sliding expiry: pushed forward while the session is used, never past `absoluteExpiresAt`. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
		/**
		 * How this browser signed in. Staff powers need a password sign-in: an emailed code proves
		 * a mailbox, which is enough to take part as a resident but not to act for a place.
		 */
		signedInWith: sessionMethod('signed_in_with').notNull(),
		/** Whether this session has passed the second factor (for staff who have one). */
		twoFactorVerified: boolean('two_factor_verified').notNull().default(false)
	},
	(table) => [index('sessions_user_idx').on(table.userId)]
);

export const emailCodePurpose = pgEnum('email_code_purpose', EMAIL_CODE_PURPOSES);

/**
 * A one-time code sent by email. Only its hash is kept; it expires, and after a few wrong tries it
 * is spent and a new one is needed. One live code per address and purpose.
 */
export const emailCodes = pgTable(
	'email_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		purpose: emailCodePurpose('purpose').notNull(),
		codeHash: text('code_hash').notNull(),
		attempts: integer('attempts').notNull().default(0),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('email_codes_email_purpose_unique').on(table.email, table.purpose)]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
