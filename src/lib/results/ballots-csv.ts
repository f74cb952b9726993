import type { PotVote } from './ballots-to-election';

const cell = (value: string | number) => {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The ballots as CSV, one row per choice: ballot (its number in this shuffled file, nothing more),
 * proposal number and title, rank (ranked ballots: 1 = most wanted) and points (cumulative).
 * A ballot with no choices keeps one row, so every ballot is in the file.
 */
export function ballotsCsv(vote: PotVote): string {
	const byId = new Map(vote.proposals.map((p) => [p.id, p]));
	const lines = ['ballot,proposal,title,rank,points'];
	vote.ballots.forEach((ballot, index) => {
		const chosen = ballot.choices.map((id, at) => ({ proposal: byId.get(id), at })).filter((c) => c.proposal);
		if (chosen.length === 0) lines.push(`${index + 1},,,,`);
		for (const { proposal, at } of chosen) {
			const rank = vote.ballotType === 'ranked' ? String(at + 1) : '';
			const points = vote.ballotType === 'cumulative' ? String(ballot.points?.[at] ?? 0) : '';
			lines.push([index + 1, proposal!.number, proposal!.title, rank, points].map(cell).join(','));
		}
	});
	return lines.join('\r\n') + '\r\n';
}
