import { describe, expect, it } from 'vitest';
import { formatMoney } from '$lib/format';
import { ballotsToElection, tallyOptionsFor, type PotVote } from '$lib/results/ballots-to-election';
import { tallyElection, writePabulib } from '$lib/tally';
import { countedInPoints, explanationText } from './result-words';

/** A pot in a currency: two proposals, three ballots; two want the first, one the second. */
const pot = (currency: string, budgetMinor: number, costs: [number, number]): PotVote => ({
	description: 'Harbour: 2026',
	unit: 'Harbour',
	instance: '2026',
	currency,
	language: 'en',
	ballotType: 'approval',
	budgetMinor,
	proposals: [
		{ id: 'p-lights', number: 1, title: 'Lights', costMinor: costs[0] },
		{ id: 'p-bench', number: 2, title: 'Bench', costMinor: costs[1] }
	],
	ballots: [{ choices: ['p-lights'] }, { choices: ['p-lights'] }, { choices: ['p-bench'] }],
	rule: 'greedy'
});

function countAndSay(vote: PotVote) {
	const election = ballotsToElection(vote);
	const outcome = tallyElection(election, tallyOptionsFor(vote.rule, vote.ballotType));
	const money = (minor: number) => formatMoney(minor, vote.currency, 'en');
	const bench = outcome.explanations.find((e) => e.project === '2')!;
	return { file: writePabulib(election), bench, words: explanationText(bench, money, vote.currency) };
}

describe('money on the results page and in the .pb file, in the currency’s own minor units', () => {
	it('a currency without minor units (JPY): ¥12,000 is "12000" in the file and ¥7,000 in the words', () => {
		const { file, bench, words } = countAndSay(pot('JPY', 12_000, [5_000, 8_000]));
		expect(file).toContain('budget;12000\r\n');
		expect(file).toContain('\r\n1;5000;2;Lights');
		expect(bench).toMatchObject({ reason: 'did_not_fit', moneyLeft: 7000 });
		expect(words).toBe('Not funded: it did not fit the money left (¥7,000).');
	});

	it('a currency with three digits (KWD): 2.500 dinars is "2.500" in the file and the fils survive into the words', () => {
		const { file, bench, words } = countAndSay(pot('KWD', 2_500, [1_234, 2_000]));
		expect(file).toContain('budget;2.500\r\n');
		expect(file).toContain('\r\n1;1.234;2;Lights');
		expect(bench).toMatchObject({ reason: 'did_not_fit', cost: 2, moneyLeft: 1.266 });
		expect(words).toBe(`Not funded: it did not fit the money left (${formatMoney(1_266, 'KWD', 'en')}).`);
		expect(words).toContain('1.266');
	});

	it('pounds read as before: £28,000.00 is "28000.00" in the file', () => {
		const { file, words } = countAndSay(pot('GBP', 2_800_000, [2_650_000, 590_000]));
		expect(file).toContain('budget;28000.00\r\n');
		expect(words).toBe('Not funded: it did not fit the money left (£1,500).');
	});
});

describe('a ranked count in words', () => {
	const ranked: PotVote = { ...pot('GBP', 1_000_000, [600_000, 300_000]), ballotType: 'ranked', limits: [['max_length', '3']], ballots: [{ choices: ['p-bench'] }, { choices: ['p-lights', 'p-bench'] }] };
	const money = (minor: number) => formatMoney(minor, 'GBP', 'en');

	it('says points, not votes: a bench ranked first once and second once has 3 + 2 points', () => {
		const outcome = tallyElection(ballotsToElection(ranked), tallyOptionsFor('greedy', 'ranked'));
		const bench = outcome.explanations.find((e) => e.project === '2')!;
		expect(countedInPoints(true, outcome.explanations)).toBe(true);
		expect(explanationText(bench, money, 'GBP', true)).toBe('Funded: 5 points, and it fitted the money left.');
	});

	it('a ranked count stored before points were kept is told in votes, as it was', () => {
		const outcome = tallyElection(ballotsToElection(ranked), tallyOptionsFor('greedy', 'ranked'));
		const stored = outcome.explanations.map(({ support: _, ...rest }) => rest);
		expect(countedInPoints(true, stored)).toBe(false);
		expect(countedInPoints(false, outcome.explanations)).toBe(false);
	});
});

describe('a Phragmén count in words', () => {
	// £1,000: the bus shelter (£200, voter 1) is bought first, then the wall (£500, voters 4 and 5);
	// the garden (£700, voters 1–3) comes next but does not fit the £300 left, and the count stops
	// there — so the £250 mural, which would fit, is not funded either.
	const vote: PotVote = {
		...pot('GBP', 100_000, [0, 0]),
		proposals: [
			{ id: 'garden', number: 1, title: 'Garden', costMinor: 70_000 },
			{ id: 'wall', number: 2, title: 'Wall', costMinor: 50_000 },
			{ id: 'shelter', number: 3, title: 'Shelter', costMinor: 20_000 },
			{ id: 'mural', number: 4, title: 'Mural', costMinor: 25_000 }
		],
		ballots: [{ choices: ['garden', 'shelter', 'mural'] }, { choices: ['garden'] }, { choices: ['garden'] }, { choices: ['wall'] }, { choices: ['wall'] }],
		rule: 'phragmen'
	};
	const money = (minor: number) => formatMoney(minor, 'GBP', 'en');

	it('says what each supporter paid, and that the stop, not the money, left the mural out', () => {
		const outcome = tallyElection(ballotsToElection(vote), tallyOptionsFor('phragmen', 'approval'));
		expect(outcome.selected).toEqual(['3', '2']);
		const say = (id: string) => explanationText(outcome.explanations.find((e) => e.project === id)!, money, 'GBP');
		expect(say('2')).toBe('Funded in round 2: 2 supporters each paid £250.');
		expect(say('1')).toBe('Not funded: it did not fit the money left (£300).');
		expect(say('4')).toBe('Not funded: it would have fitted the money left (£300), but the count stopped at an earlier choice that did not fit.');
	});
});
