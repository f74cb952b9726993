import type { BallotFacts } from '../../ballots/check-ballot-feasible';
import type { Database } from '../platform/db/database';
import { loadBallotPaper } from './voting.queries';

/**
 * What each of the cycle's ballots holds, as the vote will show it: one per pot, or one for all the
 * money when the cycle has no pots. Read from the ballot paper itself, so the settings are checked
 * against exactly what residents will see.
 */
export async function loadBallotFacts(db: Database, cycle: { id: string; placeId: string }): Promise<BallotFacts[]> {
	const whole = await loadBallotPaper(db, cycle, null);
	const papers = whole.pots.length === 0 ? [whole] : await Promise.all(whole.pots.map((pot) => loadBallotPaper(db, cycle, pot.id)));
	return papers.map((paper) => ({
		proposalCount: paper.items.length,
		totalCostMinor: paper.items.reduce((sum, item) => sum + item.costMinor, 0),
		budgetMinor: paper.budgetMinor
	}));
}
