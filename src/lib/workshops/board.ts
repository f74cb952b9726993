import type { LocalizedText } from '../localized-text';
import type { DotTarget, WorkshopActivityKind, WorkshopStatus } from './workshop-kinds';

export interface BoardActivity {
	id: string;
	position: number;
	kind: WorkshopActivityKind;
	prompt: string;
	dotsPerPerson: number | null;
	dotTarget: DotTarget | null;
	/** Poll only: its options with how many chose each. */
	options: { id: string; label: string; answers: number }[];
	/** Dot-voting only: dots per idea or proposal id. */
	dots: Record<string, number>;
	/**
	 * A vote in the room only: the pot (null: the cycle's single ballot) and how many ballots phones
	 * in the room have cast — how many, never for what.
	 */
	vote: { potId: string | null; potName: LocalizedText | null; ballotsCast: number } | null;
}

export interface BoardIdea {
	id: string;
	body: string;
	themeId: string | null;
	/** Typed in by the team from a paper note. */
	fromPaper: boolean;
	/** The participant's optional name; null when they gave none. */
	authorName: string | null;
}

/**
 * Everything the projector and the phones show of a workshop, as plain JSON. The live stream sends
 * this whole board on every change and on every (re)connect, so a client that missed messages is
 * always caught up by the next one: nothing is patched, nothing can drift.
 */
export interface WorkshopBoard {
	id: string;
	placeId: string;
	cycleId: string;
	title: string;
	venue: string;
	startsAt: string;
	joinCode: string;
	status: WorkshopStatus;
	currentPosition: number | null;
	activities: BoardActivity[];
	themes: { id: string; name: string }[];
	/** Visible ideas, oldest first. Hidden ones are left out. */
	ideas: BoardIdea[];
	/** The cycle's proposals a dot-voting activity may target (feasible or waiting for review, not hidden). */
	proposals: { id: string; number: number; title: string }[];
	participants: number;
}

/** The activity the room is on, if the workshop is live (the server and the phones both ask). */
export function currentActivity(board: WorkshopBoard): BoardActivity | null {
	if (board.status !== 'live' || board.currentPosition === null) return null;
	return board.activities.find((a) => a.position === board.currentPosition) ?? null;
}
