import { m } from '$lib/paraglide/messages';
import type { WaitingKind } from '$lib/places/team-home';

type WaitingLine = { kind: WaitingKind; cycleSlug: string; count: number };

/** Where each kind of task is done: the page the team would open to do it. */
export function waitingHref(placePath: string, line: WaitingLine): string {
	const cycle = `${placePath}/cycles/${line.cycleSlug}`;
	switch (line.kind) {
		case 'proposalsToReview':
			return `${cycle}/proposals?status=submitted`;
		case 'papersToCheck':
			return `${cycle}/vote/paper`;
		case 'voteSettingsToFix':
			return `${cycle}/vote/settings#misfit`;
		case 'countsToStart':
		case 'decisionsToPublish':
			return `${cycle}/results`;
		case 'deliveriesWithoutNews':
			return `${cycle}/deliveries`;
	}
}

/** The task in the reader's language, naming its cycle (a link must make sense on its own). */
export function waitingText(line: WaitingLine, cycle: string): string {
	const params = { cycle, count: line.count };
	switch (line.kind) {
		case 'proposalsToReview':
			return m.team_home_proposals_to_review(params);
		case 'papersToCheck':
			return m.team_home_papers_to_check(params);
		case 'voteSettingsToFix':
			return m.vote_settings_misfit_team_home(params);
		case 'countsToStart':
			return m.team_home_counts_to_start(params);
		case 'decisionsToPublish':
			return m.team_home_decisions_to_publish(params);
		case 'deliveriesWithoutNews':
			return m.team_home_deliveries_without_news(params);
	}
}
