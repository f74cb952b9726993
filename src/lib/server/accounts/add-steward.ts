import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { emailField } from '../../validation/accounts';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { users } from './accounts.table';
import { hashPassword } from './passwords';
import { invalidateUserSessions } from './sessions';
import { generateTotpKey } from './two-factor';
import { normaliseEmail } from './accounts.queries';

export type AddStewardResult =
	| { ok: true; outcome: 'created' | 'promoted' | 'reset'; email: string; password: string; totpKey: string }
	| { ok: false; error: 'email_invalid' | 'name_too_long' | 'steward_exists' };

/** Who ran it: there is no signed-in person at the command line, so the record says so. */
const BY_COMMAND = 'command line (npm run steward:add)';

/** A password nobody will guess and a person can copy: 24 random letters and digits in groups of 4. */
export function generatePassword(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes).match(/.{4}/g)!.join('-');
}

/**
 * Makes someone a steward from the command line, so a database with no people (SEED_DEMO=false)
 * can get its first one, who then creates places and invites their leads. A new person, or an
 * existing one promoted (a resident or a place's staff), gets a fresh password and two-step key —
 * stewards always use two-step sign-in — returned once for the command to print; only the hash
 * and the key are kept. Asking again for a steward says they exist, unless `reset` asks for new
 * ones (which also ends every session they have).
 */
export async function addSteward(
	deps: { db: Database; now: Date },
	input: { email: string; name?: string | null; reset?: boolean }
): Promise<AddStewardResult> {
	const { db, now } = deps;
	const parsedEmail = emailField.safeParse(input.email);
	if (!parsedEmail.success) return { ok: false, error: 'email_invalid' };
	const email = normaliseEmail(parsedEmail.data);
	const name = z.string().trim().max(120).safeParse(input.name ?? '');
	if (!name.success) return { ok: false, error: 'name_too_long' };
	const password = generatePassword();
	const totpKey = generateTotpKey();
	const passwordHash = await hashPassword(password);

	return db.transaction(async (tx): Promise<AddStewardResult> => {
		const [existing] = await tx.select().from(users).where(eq(users.email, email)).for('update');
		if (existing?.isSteward && !input.reset) return { ok: false, error: 'steward_exists' };
		const credentials = { passwordHash, totpKey, isSteward: true, emailVerifiedAt: existing?.emailVerifiedAt ?? now };
		let userId: string;
		let outcome: 'created' | 'promoted' | 'reset';
		if (!existing) {
			[{ id: userId }] = await tx.insert(users).values({ email, displayName: name.data || null, ...credentials }).returning({ id: users.id });
			outcome = 'created';
		} else {
			userId = existing.id;
			outcome = existing.isSteward ? 'reset' : 'promoted';
			await tx.update(users).set({ ...credentials, displayName: name.data || existing.displayName }).where(eq(users.id, userId));
			// New powers or new secrets: whoever was signed in as this person signs in again with them.
			await invalidateUserSessions(tx, userId);
		}
		await recordAuditEvent(tx, {
			area: 'steward',
			actorUserId: null,
			actorLabel: BY_COMMAND,
			action: `steward.${outcome === 'reset' ? 'sign_in_reset' : outcome}`,
			subjectType: 'user',
			subjectId: userId,
			details: { email },
			occurredAt: now
		});
		return { ok: true, outcome, email, password, totpKey };
	});
}
