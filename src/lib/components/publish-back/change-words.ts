import { m } from '$lib/paraglide/messages';
import type { ResultChangeKind } from '$lib/results/result-kinds';

type Money = (minor: number) => string;

const kindWords: Record<ResultChangeKind, () => string> = {
	project_dropped: m.yswd_change_kind_project_dropped,
	money_moved: m.yswd_change_kind_money_moved,
	cost_changed: m.yswd_change_kind_cost_changed,
	other: m.yswd_change_kind_other
};

/** What kind of change after the vote it was, in a few words ("Money moved"). */
export function changeKindText(kind: string): string {
	return (kindWords[kind as ResultChangeKind] ?? m.yswd_change_kind_other)();
}

/**
 * A recorded change after the vote in one line, before its reason: the kind, the amount when
 * there is one, and which proposals the money moved between.
 */
export function changeText(change: { kind: string; amountMinor: number | null; fromNumber: number | null; toNumber: number | null }, money: Money): string {
	const parts = [changeKindText(change.kind)];
	if (change.amountMinor !== null) parts.push(m.yswd_change_amount({ amount: money(change.amountMinor) }));
	if (change.kind === 'money_moved' && change.fromNumber !== null && change.toNumber !== null) parts.push(m.yswd_change_from_to({ from: change.fromNumber, to: change.toNumber }));
	return parts.join('. ') + '.';
}
