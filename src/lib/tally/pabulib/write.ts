/**
 * Writes an election back to pabulib text. Reading the result gives the same election:
 * amounts are written at the election's scale, cells are quoted when they need it.
 */
import type { Election } from '../election';
import { hasPoints } from '../election';
import { formatMoney, parseDecimal, rescale } from '../money';
import { formatWeight } from '../weights';
import { joinCells } from './csv';

/** The .pb text of an election, with CRLF line ends like most pabulib files. */
export function writePabulib(election: Election): string {
	const lines: string[] = ['META', 'key;value'];
	for (const [key, value] of election.meta) {
		const written =
			key === 'budget'
				? writeBudget(value, election)
				: key === 'vote_type'
					? election.voteType
					: value;
		lines.push(joinCells([key, written]));
	}
	lines.push('PROJECTS', joinCells(['project_id', 'cost', ...election.projectColumns]));
	for (const project of election.projects) {
		lines.push(
			joinCells([project.id, formatMoney(project.cost, election.decimals), ...project.extra])
		);
	}
	// Ranked ballots may carry the points their positions are worth (the open data writes them, so a
	// checker sums the same score the count did); our reader reads positions, not these points.
	const points = hasPoints(election.voteType) || (election.voteType === 'ordinal' && election.voters.some((voter) => voter.points));
	// Weights only when some voter has one, so an unweighted election is written as before.
	const weights = election.voters.some((voter) => voter.weight !== undefined);
	lines.push('VOTES', joinCells(['voter_id', 'vote', ...(points ? ['points'] : []), ...(weights ? ['weight'] : []), ...election.voteColumns]));
	for (const voter of election.voters) {
		const vote = voter.choices.map((index) => election.projects[index].id).join(',');
		const cells = [voter.id, vote];
		if (points) cells.push((voter.points ?? []).join(','));
		if (weights) cells.push(formatWeight(voter.weight ?? 1));
		lines.push(joinCells([...cells, ...voter.extra]));
	}
	return lines.join('\r\n') + '\r\n';
}

/** The budget as it was written when that still means the same amount, else the amount. */
function writeBudget(original: string, election: Election): string {
	const amount = parseDecimal(original);
	const same = amount && amount.decimals <= election.decimals && rescale(amount, election.decimals) === election.budget;
	return same ? original : formatMoney(election.budget, election.decimals);
}
