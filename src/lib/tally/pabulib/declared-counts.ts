/**
 * META's own counts (`num_votes`, `num_projects`) against what the file holds. They do not
 * change the count, but a difference usually means a file cut short or edited by hand, which a
 * person counting it should hear about.
 */
import type { Election } from '../election';
import { findMeta } from '../election';

/** One sentence per disagreement; none when META states no counts or they agree. */
export function checkDeclaredCounts(election: Election): string[] {
	const warnings: string[] = [];
	const counts: [string, number, string][] = [
		['num_votes', election.voters.length, 'votes'],
		['num_projects', election.projects.length, 'projects']
	];
	for (const [key, held, what] of counts) {
		const declared = findMeta(election, key)?.trim();
		if (declared === undefined || declared === '') continue;
		if (!/^\d+$/.test(declared)) warnings.push(`META ${key} is "${declared}", not a whole number`);
		else if (Number(declared) !== held) {
			const hint = Number(declared) > held ? ' (is the file cut short?)' : '';
			warnings.push(`META ${key} is ${declared} but the file holds ${held} ${what}${hint}; counted as it is`);
		}
	}
	return warnings;
}
