import type { BallotFacts } from '../../ballots/check-ballot-feasible';
import type { Database } from '../platform/db/database';
import { loadBallotPaper, type BallotPaper } from './voting.queries';

/**
 * What each of the cycle's ballots holds, as the vote will show it: one per pot, or one for all the
 * money when the cycle has no pots. Read from the ballot paper itself, so the settings are checked
 * against exactly what residents will see.
 */
export async function loadBallotFacts(db: Database, cycle: { id: string; placeId: string }): Promise<BallotFacts[]> {
	const whole = await loadBallotPaper(db, cycle, null);
	const papers = whole.pots.length === 0 ? [whole] : await Promise.all(whole.pots.map((pot) => loadBallotPaper(db, cycle, pot.id)));
	return papers.map(ballotFactsOf);
}

/** One ballot paper as the feasibility check reads it. */
export function ballotFactsOf(paper: Pick<BallotPaper, 'items' | 'budgetMinor'>): BallotFacts {
	return { costsMinor: paper.items.map((item) => item.costMinor), budgetMinor: paper.budgetMinor };
}
