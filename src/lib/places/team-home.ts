import type { CycleStatus } from '../cycles/phase-kinds';
import type { ScheduledPhase } from '../cycles/timeline';
import type { LocalizedText } from '../localized-text';

/* What a place team's home page draws; the server builds it (server/places/team-home.queries.ts). */

export interface TeamHomeCycle {
	slug: string;
	title: LocalizedText;
	status: CycleStatus;
	phases: ScheduledPhase[];
}

/** How many of one kind of task wait in one cycle. */
export interface WaitingCount {
	cycleSlug: string;
	cycleTitle: LocalizedText;
	count: number;
}

export type WaitingKind = 'proposalsToReview' | 'papersToCheck' | 'voteSettingsToFix' | 'countsToStart' | 'decisionsToPublish' | 'deliveriesWithoutNews';

export interface TeamHome {
	/** The cycles the team is running or preparing (all but finished ones), newest first. */
	cycles: TeamHomeCycle[];
	/** Everything waiting on someone in the team; the route keeps only what the reader can act on. */
	waiting: Record<WaitingKind, WaitingCount[]>;
}
