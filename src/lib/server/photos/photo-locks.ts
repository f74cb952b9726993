import { checkCoCreateGate, type CoCreateRefusal } from '../../cycles/co-create-gate';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { ProposalStatus } from '../../proposals/proposal-statuses';

export type ProposalPhotosLock = CoCreateRefusal | 'review_started' | 'hidden';

/**
 * Why photos can no longer be added to a proposal, or null when they can: photos are part of what
 * its editors write, so the rules of editing apply (co-create open for it, not yet under review,
 * not hidden).
 */
export function whyProposalPhotosLocked(
	cycle: CycleWithPhases,
	proposal: { status: ProposalStatus; groupId: string | null; hiddenReason: string | null },
	now: Date
): ProposalPhotosLock | null {
	if (proposal.hiddenReason !== null) return 'hidden';
	// The cost is not changing: only whether the phase (and, for a group, group proposals) is open counts.
	const gate = checkCoCreateGate(cycle, { action: 'edit', asGroup: proposal.groupId !== null, estimatedCostMinor: null }, now);
	if (!gate.open) return gate.reason;
	if (proposal.status !== 'submitted') return 'review_started';
	return null;
}
