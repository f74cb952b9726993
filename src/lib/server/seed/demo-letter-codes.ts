import { and, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { hashCode } from '../voting/hash-code';
import { letterCodeBatches, letterCodes } from '../voting/voting.table';
import { demoStaffEmail } from './demo-people';

/**
 * Letter codes anyone may try on the demo (the README lists one): public, so they exist only in a
 * database seeded with the demo places. Real codes are random; these use the same alphabet (no 0/O,
 * 1/I) so they pass the same checks. Browser tests each take their own, as a code votes once.
 */
export const DEMO_LETTER_CODES = [
	'ELWN-CARD-2222',
	'ELWN-CARD-3333',
	'ELWN-CARD-4444',
	'ELWN-CARD-5555',
	'ELWN-CARD-6666',
	'ELWN-CARD-7777',
	'ELWN-CARD-8888',
	'ELWN-CARD-9999',
	'ELWN-CARD-AAAA',
	'ELWN-CARD-BBBB'
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** St Elwyn's team sent "Demo letters" a few days before its vote opened. */
export async function seedDemoLetterCodes(tx: Database, now: Date): Promise<void> {
	const [cycle] = await tx
		.select({ id: cycles.id, placeId: cycles.placeId })
		.from(cycles)
		.innerJoin(places, eq(places.id, cycles.placeId))
		.where(and(eq(places.slug, 'st-elwyns'), eq(cycles.slug, '2026-a-place-for-young-people')));
	if (!cycle) return;
	const [lead] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, demoStaffEmail('st-elwyns', 'lead')));
	const createdAt = new Date(now.getTime() - 3 * DAY_MS);
	const label = 'Demo letters';
	const [batch] = await tx
		.insert(letterCodeBatches)
		.values({ placeId: cycle.placeId, cycleId: cycle.id, label, codeCount: DEMO_LETTER_CODES.length, createdByUserId: lead?.id ?? null, createdAt })
		.returning({ id: letterCodeBatches.id });
	await tx.insert(letterCodes).values(DEMO_LETTER_CODES.map((code) => ({ placeId: cycle.placeId, cycleId: cycle.id, batchId: batch.id, codeHash: hashCode(code) })));
	await recordAuditEvent(tx, {
		placeId: cycle.placeId,
		actorUserId: lead?.id ?? null,
		actorLabel: lead?.email ?? null,
		action: 'letter_codes.generated',
		subjectType: 'letter_code_batch',
		subjectId: batch.id,
		details: { cycleId: cycle.id, label, count: DEMO_LETTER_CODES.length },
		occurredAt: createdAt
	});
}
