import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { PhaseKind } from '../../cycles/phase-kinds';
import { insertActivity } from './edit-agenda';
import { newJoinCode } from './join-code';
import type { ActivityInput } from './workshop-setup-form';
import { workshops } from './workshops.table';

export interface NewWorkshop {
	title: string;
	venue: string;
	startsAt: Date;
	phaseKind: PhaseKind;
	firstActivity: ActivityInput;
}

export type CreateWorkshopResult = { ok: true; workshopId: string; joinCode: string } | { ok: false; error: 'workshop_phase_unknown' };

/** Codes are random: two workshops drawing the same one is rare, ten in a row means something else is wrong. */
const JOIN_CODE_TRIES = 10;

/**
 * The team plans a workshop for one phase of a cycle, with its first activity, and gets the join
 * code residents will type. The code is unique across all workshops (the database's unique key
 * decides, so two teams creating at once cannot share one): a clash simply draws again.
 */
export async function createWorkshop(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	cycle: { id: string; placeId: string; phases: { kind: PhaseKind }[] },
	input: NewWorkshop
): Promise<CreateWorkshopResult> {
	if (!cycle.phases.some((phase) => phase.kind === input.phaseKind)) return { ok: false, error: 'workshop_phase_unknown' };
	return db.transaction(async (tx) => {
		let created: { id: string; joinCode: string } | undefined;
		for (let attempt = 0; !created && attempt < JOIN_CODE_TRIES; attempt++) {
			[created] = await tx
				.insert(workshops)
				.values({
					placeId: cycle.placeId,
					cycleId: cycle.id,
					phaseKind: input.phaseKind,
					title: input.title,
					venue: input.venue,
					startsAt: input.startsAt,
					joinCode: newJoinCode(),
					createdByUserId: actor.userId,
					createdAt: now,
					updatedAt: now
				})
				.onConflictDoNothing({ target: workshops.joinCode })
				.returning({ id: workshops.id, joinCode: workshops.joinCode });
		}
		if (!created) throw new Error('No free workshop join code after several tries');
		await insertActivity(tx, { id: created.id, placeId: cycle.placeId }, 1, input.firstActivity);
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'workshop.created',
			subjectType: 'workshop',
			subjectId: created.id,
			details: { cycleId: cycle.id, title: input.title, venue: input.venue, startsAt: input.startsAt.toISOString(), phase: input.phaseKind },
			occurredAt: now
		});
		return { ok: true as const, workshopId: created.id, joinCode: created.joinCode };
	});
}
