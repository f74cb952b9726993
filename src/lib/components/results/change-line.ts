import { m } from '$lib/paraglide/messages';
import type { ResultChangeKind } from '$lib/results/result-kinds';

type Money = (minor: number) => string;

/** A change after the vote as the results page lists it (see loadResultDecisions). */
export interface ChangeLine {
	kind: ResultChangeKind;
	proposal: { title: string } | null;
	toProposal: { title: string } | null;
	amountMinor: number | null;
}

/**
 * What happened, in a few words before the reason: "Speed cushions on School Lane dropped",
 * "£16,000 moved from … to …", "… now costs £9,500".
 */
export function changeHeadline(change: ChangeLine, money: Money): string {
	const title = change.proposal?.title ?? '';
	const amount = money(change.amountMinor ?? 0);
	switch (change.kind) {
		case 'project_dropped':
			return m.decision_line_dropped({ title });
		case 'money_moved':
			return change.proposal
				? m.decision_line_moved_from_to({ amount, from: title, to: change.toProposal?.title ?? '' })
				: m.decision_line_moved_left_to({ amount, to: change.toProposal?.title ?? '' });
		case 'cost_changed':
			return m.decision_line_cost({ title, amount });
		case 'other':
			return change.proposal ? m.decision_line_other_about({ title }) : m.decision_line_other();
	}
}

/** After the reason of a dropped project whose money went on: "£16,000 moved to …". */
export function changeFollowUp(change: ChangeLine, money: Money): string | null {
	if (change.kind !== 'project_dropped' || !change.toProposal || change.amountMinor === null) return null;
	return m.decision_line_moved_to({ amount: money(change.amountMinor), to: change.toProposal.title });
}
