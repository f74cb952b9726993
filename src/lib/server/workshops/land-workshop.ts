import { and, asc, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { proposals, proposalVersions } from '../proposals/proposals.table';
import { takeNextProposalNumber } from '../proposals/take-proposal-number';
import { announceBoardChange } from './announce-change';
import type { LandInto } from '../../workshops/workshop-kinds';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import { workshopIdeas, workshops } from './workshops.table';

export type LandResult =
	| { ok: true; posts: number; proposals: number }
	| { ok: false; error: 'workshop_unknown' | 'workshop_not_ended' | 'workshop_already_landed' | 'workshop_nothing_to_land' };

export interface LandingChoice {
	into: LandInto;
	/** Proposals only: the words under each one, in the place's language ("From the workshop at …; the cost is worked out at review"). */
	proposalDetails: string;
	/** Proposals only: the language those words (and the room's ideas) are in. */
	language: string;
}

/** A proposal's title is short (120); the idea's full words go in its summary. */
const TITLE_MAX = 120;
function titleOf(body: string): string {
	if (body.length <= TITLE_MAX) return body;
	const cut = body.slice(0, TITLE_MAX - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}

/**
 * After the workshop, one action takes the room's visible ideas into the cycle: each becomes a
 * discover post (a need or an asset) or a proposal waiting for review, with no author (the room
 * wrote it; the credit on the page says which workshop), and each idea keeps what it became. Done
 * once, all or nothing: the workshop row lock makes a second click wait and then be refused.
 */
export async function landWorkshop({ db, now }: { db: Database; now: Date }, actor: Person, workshop: WorkshopRef, choice: LandingChoice): Promise<LandResult> {
	return db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.landedAt) return { ok: false, error: 'workshop_already_landed' };
		if (state.status !== 'ended') return { ok: false, error: 'workshop_not_ended' };
		const [{ cycleId }] = await tx.select({ cycleId: workshops.cycleId }).from(workshops).where(eq(workshops.id, workshop.id));
		const ideas = await tx
			.select({ id: workshopIdeas.id, body: workshopIdeas.body })
			.from(workshopIdeas)
			.where(and(eq(workshopIdeas.workshopId, workshop.id), isNull(workshopIdeas.hiddenAt), isNull(workshopIdeas.landedPostId), isNull(workshopIdeas.landedProposalId)))
			.orderBy(asc(workshopIdeas.createdAt), asc(workshopIdeas.id));
		if (ideas.length === 0) return { ok: false, error: 'workshop_nothing_to_land' };
		const cycle = { id: cycleId, placeId: workshop.placeId };

		for (const idea of ideas) {
			if (choice.into === 'proposal') {
				const text = { title: titleOf(idea.body), summary: idea.body, details: choice.proposalDetails, estimatedCostMinor: 0, locationText: null, challengeId: null };
				const number = await takeNextProposalNumber(tx, cycle);
				const [proposal] = await tx
					.insert(proposals)
					.values({ ...text, placeId: cycle.placeId, cycleId: cycle.id, number, language: choice.language, authorUserId: null, status: 'submitted', createdAt: now, updatedAt: now })
					.returning({ id: proposals.id });
				await tx.insert(proposalVersions).values({ ...text, placeId: cycle.placeId, proposalId: proposal.id, version: 1, editedByUserId: actor.userId, createdAt: now });
				await tx.update(workshopIdeas).set({ landedProposalId: proposal.id }).where(eq(workshopIdeas.id, idea.id));
			} else {
				const [post] = await tx
					.insert(posts)
					.values({ placeId: cycle.placeId, cycleId: cycle.id, kind: choice.into, body: idea.body, authorUserId: null, createdAt: now, updatedAt: now })
					.returning({ id: posts.id });
				await tx.update(workshopIdeas).set({ landedPostId: post.id }).where(eq(workshopIdeas.id, idea.id));
			}
		}
		await tx.update(workshops).set({ landedAt: now, landedByUserId: actor.userId, updatedAt: now }).where(eq(workshops.id, workshop.id));
		await announceBoardChange(tx, workshop.id, 'status');
		const landed = { posts: choice.into === 'proposal' ? 0 : ideas.length, proposals: choice.into === 'proposal' ? ideas.length : 0 };
		await recordAuditEvent(tx, {
			placeId: workshop.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'workshop.landed',
			subjectType: 'workshop',
			subjectId: workshop.id,
			details: { cycleId: cycle.id, into: choice.into, ...landed },
			occurredAt: now
		});
		return { ok: true, ...landed };
	});
}
