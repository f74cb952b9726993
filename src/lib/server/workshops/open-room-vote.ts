import { and, eq, isNull, max } from 'drizzle-orm';
import { checkVoteGate } from '../../cycles/vote-gate';
import type { LocalizedText } from '../../localized-text';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import { findPlaceCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { loadPotBallot } from '../voting/check-ballot';
import { loadBallotPaper } from '../voting/voting.queries';
import { announceBoardChange } from './announce-change';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import { workshopActivities, workshops } from './workshops.table';

export type RoomVoteRefusal = 'workshop_unknown' | 'workshop_not_live' | 'workshop_vote_closed' | 'workshop_vote_pot_unknown';
export type RoomVoteResult = { ok: true; position: number } | { ok: false; error: RoomVoteRefusal };

/**
 * Opens a pot's vote in a live workshop: an agenda item of kind `vote` for that pot (added at the
 * end, or the one this workshop already has for it) becomes what the room is on, so phones in the
 * room get the pot's ballot. Only while the cycle's vote is open on every channel (the same gate
 * and pot check as the vote page: a pot of this workshop's cycle, a ballot someone could fill in);
 * the room's vote closes when the team moves the room on or ends the workshop.
 */
export async function openRoomVote({ db, now }: { db: Database; now: Date }, actor: Person, workshop: WorkshopRef, potId: string | null): Promise<RoomVoteResult> {
	return db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.status !== 'live') return { ok: false, error: 'workshop_not_live' };
		const [row] = await tx.select({ cycleId: workshops.cycleId }).from(workshops).where(eq(workshops.id, workshop.id));
		const cycle = await findPlaceCycle(tx, workshop.placeId, row.cycleId);
		if (!cycle) return { ok: false, error: 'workshop_unknown' };
		const ballot = await loadPotBallot(tx, cycle, now, potId);
		if (!ballot.open) return { ok: false, error: 'workshop_vote_closed' };
		// A cycle with pots votes per pot: "no pot" is no ballot there, and another cycle's pot is unknown.
		if (!ballot.potKnown) return { ok: false, error: 'workshop_vote_pot_unknown' };
		const onThisPot = and(eq(workshopActivities.workshopId, workshop.id), eq(workshopActivities.kind, 'vote'), potId === null ? isNull(workshopActivities.potId) : eq(workshopActivities.potId, potId));
		const [existing] = await tx.select({ position: workshopActivities.position }).from(workshopActivities).where(onThisPot);
		let position = existing?.position;
		if (position === undefined) {
			const [{ last }] = await tx.select({ last: max(workshopActivities.position) }).from(workshopActivities).where(eq(workshopActivities.workshopId, workshop.id));
			position = (last ?? 0) + 1;
			const prompt = promptOf(ballot.paper.pot?.name ?? cycle.title);
			await tx.insert(workshopActivities).values({ placeId: workshop.placeId, workshopId: workshop.id, position, kind: 'vote', prompt, potId });
		}
		await tx.update(workshops).set({ currentPosition: position, updatedAt: now }).where(eq(workshops.id, workshop.id));
		await announceBoardChange(tx, workshop.id, 'activity');
		await recordAuditEvent(tx, {
			placeId: workshop.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'workshop.vote_opened',
			subjectType: 'workshop',
			subjectId: workshop.id,
			details: { position, potId: potId ?? '' },
			occurredAt: now
		});
		return { ok: true, position };
	});
}

/**
 * What the run console offers for a vote in the room: null while the cycle's vote is not open,
 * else the cycle's pots (none: the cycle votes once for all its money).
 */
export async function listRoomVotePots(db: Database, cycle: CycleWithPhases, now: Date): Promise<{ id: string; name: LocalizedText }[] | null> {
	if (!checkVoteGate(cycle, now).open) return null;
	const { pots } = await loadBallotPaper(db, cycle, null);
	return pots.map((pot) => ({ id: pot.id, name: pot.name }));
}

/** The projector's heading for the vote: the pot's name in each of its languages ("Youth pot / Cronfa ieuenctid"). */
function promptOf(name: LocalizedText): string {
	const names = [...new Set(Object.values(name).filter((text): text is string => Boolean(text?.trim())))];
	return names.join(' / ').slice(0, 200);
}
