import type { LocalizedText } from '../../localized-text';
import type { ProjectExplanation } from '../../tally';
import type { DeliveryStatus } from '../../delivery/delivery-statuses';
import type { JourneyCycle, ProposalJourney } from '../../publish-back/journey';
import type { ReviewOutcome } from '../../proposals/proposal-statuses';
import type { ResultChangeKind } from '../../results/result-kinds';

interface Rows {
	now: Date;
	decisionRows: { cycleId: string; potName: LocalizedText | null; body: string; language: string; createdAt: Date }[];
	cycleRows: { id: string; slug: string; title: LocalizedText; voteOpensAt: Date | null; hasPots: boolean; learningPublished: boolean }[];
	proposalRows: {
		id: string;
		cycleId: string;
		number: number;
		title: string;
		summary: string;
		language: string;
		status: string;
		costMinor: number;
		reviewReason: string | null;
		reviewedAt: Date | null;
		potId: string | null;
		potName: LocalizedText | null;
		mergedIntoNumber: number | null;
		authorName: string | null;
		groupName: string | null;
		createdAt: Date;
	}[];
	resultRows: { cycleId: string; countedAt: Date | null; explanations: ProjectExplanation[] | null }[];
	changeRows: { kind: ResultChangeKind; proposalId: string | null; toProposalId: string | null; amountMinor: number | null; reason: string; createdAt: Date; fromNumber: number | null; toNumber: number | null }[];
	deliveryRows: { id: string; proposalId: string; status: DeliveryStatus; statusReason: string | null; budgetMinor: number; spentMinor: number; updatedAt: Date }[];
	updateRows: { deliveryId: string; body: string; language: string; createdAt: Date }[];
	outcomeRows: { id: string; deliveryId: string; statement: string; agreedWith: string }[];
	evidenceRows: { outcomeId: string; body: string; observedOn: string }[];
}

/** Groups rows by a key in one pass, so putting the page together stays linear in its size. */
function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const k = key(row);
		if (k === null) continue;
		const list = groups.get(k);
		if (list) list.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}

/** Puts the place's rows together into each cycle's proposals and their steps (no queries here). */
export function buildJourneys(rows: Rows): JourneyCycle[] {
	const voteOf = new Map<string, { countedAt: Date | null; explanation: ProjectExplanation }>();
	for (const result of rows.resultRows) for (const explanation of result.explanations ?? []) voteOf.set(explanation.project, { countedAt: result.countedAt, explanation });
	const changesFrom = groupBy(rows.changeRows, (c) => c.proposalId);
	const changesTo = groupBy(rows.changeRows, (c) => c.toProposalId);
	const deliveryOf = new Map(rows.deliveryRows.map((d) => [d.proposalId, d]));
	const updateOf = new Map(rows.updateRows.map((u) => [u.deliveryId, u]));
	const outcomesOf = groupBy(rows.outcomeRows, (o) => o.deliveryId);
	const evidenceOf = new Map(rows.evidenceRows.map((e) => [e.outcomeId, e]));
	const cycleOf = new Map(rows.cycleRows.map((c) => [c.id, c]));
	const proposalsOf = groupBy(rows.proposalRows, (p) => (cycleOf.has(p.cycleId) ? p.cycleId : null));

	const journey = (p: Rows['proposalRows'][number]): ProposalJourney => {
		const cycle = cycleOf.get(p.cycleId)!;
		const vote = voteOf.get(p.id) ?? null;
		const voteOpened = cycle.voteOpensAt !== null && cycle.voteOpensAt <= rows.now;
		const onBallot = vote !== null || (p.status === 'feasible' && voteOpened && (!cycle.hasPots || p.potId !== null));
		const changes = [...(changesFrom.get(p.id) ?? []), ...(changesTo.get(p.id) ?? []).filter((c) => c.proposalId !== p.id)].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
		const delivery = deliveryOf.get(p.id);
		const latestUpdate = delivery ? updateOf.get(delivery.id) : undefined;
		return {
			id: p.id,
			number: p.number,
			title: p.title,
			summary: p.summary,
			language: p.language,
			submitted: { at: p.createdAt, authorName: p.authorName, groupName: p.groupName },
			reviewed: {
				at: p.reviewedAt,
				outcome: p.status as ReviewOutcome,
				reason: p.reviewReason ?? '',
				costMinor: p.costMinor,
				mergedIntoNumber: p.mergedIntoNumber
			},
			ballot: onBallot ? { potName: p.potName } : null,
			vote,
			changes: changes.map((c) => ({ at: c.createdAt, kind: c.kind, reason: c.reason, amountMinor: c.amountMinor, fromNumber: c.fromNumber, toNumber: c.toNumber })),
			delivery: delivery
				? {
						status: delivery.status,
						statusReason: delivery.statusReason,
						budgetMinor: delivery.budgetMinor,
						spentMinor: delivery.spentMinor,
						updatedAt: delivery.updatedAt,
						latestUpdate: latestUpdate ? { body: latestUpdate.body, language: latestUpdate.language, at: latestUpdate.createdAt } : null,
						outcomes: (outcomesOf.get(delivery.id) ?? []).map((o) => {
							const evidence = evidenceOf.get(o.id);
							return { statement: o.statement, agreedWith: o.agreedWith, latestEvidence: evidence ? { body: evidence.body, observedOn: evidence.observedOn } : null };
						})
					}
				: null
		};
	};

	return rows.cycleRows.map((cycle) => ({
		id: cycle.id,
		slug: cycle.slug,
		title: cycle.title,
		learningPublished: cycle.learningPublished,
		decisions: rows.decisionRows.filter((d) => d.cycleId === cycle.id).map((d) => ({ potName: d.potName, body: d.body, language: d.language, at: d.createdAt })),
		proposals: (proposalsOf.get(cycle.id) ?? []).map(journey)
	}));
}
