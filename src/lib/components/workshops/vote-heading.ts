import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { pickText } from '$lib/localized-text';
import type { BoardActivity } from '$lib/workshops/board';

/** A vote in the room, headed in the reader's language: "Vote: Outdoors" (the pot's own name), or the cycle's one vote. */
export function voteHeading(activity: BoardActivity): string {
	const pot = pickText(activity.vote?.potName, getLocale());
	return pot ? m.workshop_live_vote_pot({ pot }) : m.vote_title();
}
