import type { AuditDetails } from '../audit/audit.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { canOnSmallSums, type SmallSumsAction } from './small-sums.permissions';

export type SmallSumsDeps = { db: Database; now: Date };
/** A refusal with what its words need (how much is left, the limit), in minor units. */
export type SmallSumsRefusal<Code extends string> = { ok: false; error: Code | 'forbidden'; amounts?: Record<string, number> };
export type SmallSumsResult<Code extends string> = { ok: true; subjectId: string } | SmallSumsRefusal<Code>;

/** Thrown inside the transaction so a refused change leaves nothing behind. */
export class Refused extends Error {
	constructor(
		readonly code: string,
		readonly amounts?: Record<string, number>
	) {
		super(code);
	}
}

/**
 * One change to a place's small sums in one transaction, with its line on the place's audit record
 * (written last: it holds the chain's lock until commit). The route has authorised already; the
 * permission is asked again here so no caller can skip it.
 */
export async function changeSmallSums<Code extends string>(
	{ db, now }: SmallSumsDeps,
	actor: Person,
	placeId: string,
	permission: SmallSumsAction,
	action: string,
	change: (tx: Database) => Promise<{ subjectType: string; subjectId: string; details: AuditDetails }>
): Promise<SmallSumsResult<Code>> {
	if (!canOnSmallSums(actor, permission, { placeId })) return { ok: false, error: 'forbidden' };
	try {
		return await db.transaction(async (tx) => {
			const changed = await change(tx);
			await recordAuditEvent(tx, {
				placeId,
				actorUserId: actor.userId,
				actorLabel: actor.email,
				action,
				subjectType: changed.subjectType,
				subjectId: changed.subjectId,
				details: changed.details,
				occurredAt: now
			});
			return { ok: true as const, subjectId: changed.subjectId };
		});
	} catch (error) {
		if (error instanceof Refused) return { ok: false, error: error.code as Code, amounts: error.amounts };
		throw error;
	}
}
