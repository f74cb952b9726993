import { parsePhaseSettings } from '$lib/validation/phase-settings';
import type { CycleStatus, PhaseKind } from './phase-kinds';
import { findCycleMoment, type ScheduledPhase } from './timeline';

type PhaseWithSettings = ScheduledPhase & { settings: unknown };

/** What a comment is on: a discover post, or a proposal. */
export type CommentedKind = 'post' | 'proposal';

export type CommentGate = { open: true } | { open: false; reason: 'comments_phase_closed' | 'comments_off' };

/** Posts are talked about while residents discover; proposals while they are shaped together. */
const phaseFor = { post: 'discover', proposal: 'co_create' } as const satisfies Record<CommentedKind, PhaseKind>;

/**
 * Whether residents may comment now on a post or a proposal: only in an active cycle, while the
 * phase they belong to is open, and only if the place left that phase's `commentsOpen` on.
 * The one place this is decided.
 */
export function checkCommentGate(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, on: CommentedKind, now: Date): CommentGate {
	if (cycle.status !== 'active') return { open: false, reason: 'comments_phase_closed' };
	const moment = findCycleMoment(cycle.phases, now);
	const kind = phaseFor[on];
	if (moment.state !== 'open' || moment.current.kind !== kind) return { open: false, reason: 'comments_phase_closed' };
	if (!parsePhaseSettings(kind, moment.current.settings).commentsOpen) return { open: false, reason: 'comments_off' };
	return { open: true };
}
