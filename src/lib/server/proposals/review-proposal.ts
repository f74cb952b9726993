import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { formatMoney } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { isReviewOutcome, type ReviewStatus } from '../../proposals/proposal-statuses';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { groupMembers } from '../groups/groups.table';
import { results } from '../results/results.table';
import { proposals } from './proposals.table';

export type ReviewRefusal =
	| 'proposal_unknown'
	| 'review_proposal_hidden'
	| 'review_reason_missing'
	| 'review_reason_unchanged'
	| 'review_cost_missing'
	| 'review_merge_target_missing'
	| 'review_merge_target_unknown'
	| 'review_merge_target_merged'
	| 'review_has_merged_in'
	| 'review_after_count';

export type ReviewResult = { ok: true } | { ok: false; error: ReviewRefusal };

const refuse = (error: ReviewRefusal) => ({ ok: false as const, error });

export interface ReviewDecision {
	status: ReviewStatus;
	reviewedCostMinor: number | null;
	reason: string | null;
	mergedIntoProposalId: string | null;
}

/**
 * The place team sets a proposal's feasibility: under review, or an outcome (feasible, not
 * feasible, merged into another proposal of the cycle) published with its reason. An outcome may
 * be revised later with a new reason — never silently: each change is on the place's audit record
 * (from, to, reason, cost) and the author (and, for a group's proposal, the group's admins) are
 * emailed the outcome. Merges keep "merged ones point to the proposal they joined" true: the target
 * must be live, and a proposal others were merged into cannot itself be merged away.
 */
export async function reviewProposal(
	deps: { db: Database; mailer: MailSender; now: Date },
	actor: Person,
	input: ReviewDecision & { placeId: string; cycleId: string; proposalId: string; currency: string; locale: Locale }
): Promise<ReviewResult> {
	const { db, mailer, now } = deps;
	const outcome = isReviewOutcome(input.status);
	if (outcome && !input.reason?.trim()) return { ok: false, error: 'review_reason_missing' };
	if (input.status === 'feasible' && input.reviewedCostMinor === null) return { ok: false, error: 'review_cost_missing' };
	const mergedInto = input.status === 'merged' ? input.mergedIntoProposalId : null;
	if (input.status === 'merged' && !mergedInto) return { ok: false, error: 'review_merge_target_missing' };
	if (mergedInto === input.proposalId) return { ok: false, error: 'review_merge_target_unknown' };

	const reviewed = await db.transaction(async (tx) => {
		// Both rows locked in one statement, in id order: two merges crossing each other wait, never deadlock or loop.
		const locked = await tx
			.select({ id: proposals.id, number: proposals.number, title: proposals.title, status: proposals.status, reviewReason: proposals.reviewReason, hiddenAt: proposals.hiddenAt, authorUserId: proposals.authorUserId, groupId: proposals.groupId, potId: proposals.potId })
			.from(proposals)
			.where(and(eq(proposals.placeId, input.placeId), eq(proposals.cycleId, input.cycleId), inArray(proposals.id, mergedInto ? [input.proposalId, mergedInto] : [input.proposalId])))
			.orderBy(asc(proposals.id))
			.for('update');
		const proposal = locked.find((row) => row.id === input.proposalId);
		if (!proposal) return refuse('proposal_unknown');
		if (proposal.hiddenAt) return refuse('review_proposal_hidden');
		// Once the votes it stood in are counted, the review is part of what was decided: a change now
		// is a change after the vote, made on the results page with its reasons for everyone to read.
		if (await standsInCountedVote(tx, input, proposal.potId)) return refuse('review_after_count');
		// A changed outcome is explained afresh: residents must not read the old "why" under a new verdict.
		const revised = outcome && isReviewOutcome(proposal.status) && proposal.status !== input.status;
		if (revised && proposal.reviewReason === input.reason?.trim()) return refuse('review_reason_unchanged');
		const target = mergedInto ? locked.find((row) => row.id === mergedInto) : null;
		if (mergedInto) {
			if (!target || target.hiddenAt) return refuse('review_merge_target_unknown');
			if (target.status === 'merged') return refuse('review_merge_target_merged');
			const [joined] = await tx.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.placeId, input.placeId), eq(proposals.mergedIntoProposalId, proposal.id))).limit(1);
			if (joined) return refuse('review_has_merged_in');
		}
		await tx
			.update(proposals)
			.set({
				status: input.status,
				reviewedCostMinor: input.reviewedCostMinor,
				reviewReason: input.reason?.trim() || null,
				mergedIntoProposalId: mergedInto,
				reviewedAt: now,
				reviewedByUserId: actor.userId,
				updatedAt: now
			})
			.where(eq(proposals.id, proposal.id));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'proposal.reviewed',
			subjectType: 'proposal',
			subjectId: proposal.id,
			details: { number: proposal.number, from: proposal.status, to: input.status, reason: input.reason, reviewedCostMinor: input.reviewedCostMinor, mergedIntoNumber: target?.number ?? null },
			occurredAt: now
		});
		const recipients = outcome ? await listPeopleToTell(tx, proposal) : [];
		return { ok: true as const, proposal, target, recipients };
	});
	if (!reviewed.ok) return reviewed;
	// Told after commit, in the reviewer's page language (a person's own choice is not stored yet).
	const { proposal, target, recipients } = reviewed;
	if (recipients.length > 0) {
		const locale = { locale: input.locale };
		const reason = input.reason ?? '';
		const number = proposal.number;
		const text =
			input.status === 'feasible'
				? m.review_email_feasible_body({ number, title: proposal.title, cost: formatMoney(input.reviewedCostMinor ?? 0, input.currency, input.locale), reason }, locale)
				: input.status === 'merged'
					? m.review_email_merged_body({ number, title: proposal.title, target: target?.number ?? 0, targetTitle: target?.title ?? '', reason }, locale)
					: m.review_email_not_feasible_body({ number, title: proposal.title, reason }, locale);
		for (const to of recipients) await mailer.send({ to, subject: m.review_email_subject({ number }, locale), text, purpose: 'proposal_reviewed' });
	}
	return { ok: true };
}

/** Who hears of the outcome: the person who submitted it and, for a group's proposal, the group's admins. */
async function listPeopleToTell(tx: Database, proposal: { authorUserId: string | null; groupId: string | null }): Promise<string[]> {
	const ids = proposal.authorUserId ? [proposal.authorUserId] : [];
	if (proposal.groupId) {
		const admins = await tx.select({ userId: groupMembers.userId }).from(groupMembers).where(and(eq(groupMembers.groupId, proposal.groupId), eq(groupMembers.role, 'admin')));
		ids.push(...admins.map((admin) => admin.userId));
	}
	if (ids.length === 0) return [];
	const people = await tx.select({ email: users.email }).from(users).where(inArray(users.id, [...new Set(ids)]));
	return people.map((person) => person.email).sort();
}

/** The proposals of the cycle another one may be merged into: live ones that have not been merged away themselves. */
export async function listMergeTargets(db: Database, input: { placeId: string; cycleId: string; proposalId: string }) {
	return db
		.select({ id: proposals.id, number: proposals.number, title: proposals.title })
		.from(proposals)
		.where(and(eq(proposals.placeId, input.placeId), eq(proposals.cycleId, input.cycleId), ne(proposals.id, input.proposalId), ne(proposals.status, 'merged'), isNull(proposals.hiddenAt)))
		.orderBy(asc(proposals.number));
}

/** How many proposals were merged into this one (the page says so, and a merge of it is refused). */
export async function countMergedIn(db: Database, input: { placeId: string; proposalId: string }): Promise<number> {
	const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(proposals).where(and(eq(proposals.placeId, input.placeId), eq(proposals.mergedIntoProposalId, input.proposalId)));
	return row.count;
}

/** Whether a count stands for the vote this proposal was in: its pot's, or the cycle's single vote. */
async function standsInCountedVote(tx: Database, at: { placeId: string; cycleId: string }, potId: string | null): Promise<boolean> {
	const [counted] = await tx
		.select({ id: results.id })
		.from(results)
		.where(and(eq(results.placeId, at.placeId), eq(results.cycleId, at.cycleId), eq(results.state, 'counted'), potId === null ? isNull(results.potId) : or(eq(results.potId, potId), isNull(results.potId))))
		.limit(1);
	return counted !== undefined;
}
