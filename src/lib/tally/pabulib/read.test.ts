import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PabulibError } from './errors';
import type { Election } from '../election';
import { PabulibParser } from './parser';
import { parsePabulib } from './read';

/** A small file with the given META extras, PROJECTS rows and VOTES section. */
function makeFile({
	meta = ['budget;100', 'vote_type;approval'],
	projects = ['1;60', '2;30', '3;10'],
	votes = ['voter_id;vote', 'v1;1,2']
}: { meta?: string[]; projects?: string[]; votes?: string[] }): string {
	return ['META', 'key;value', ...meta, 'PROJECTS', 'project_id;cost', ...projects, 'VOTES', ...votes].join('\n');
}

function readError(text: string): PabulibError {
	try {
		parsePabulib(text);
	} catch (error) {
		if (error instanceof PabulibError) return error;
		throw error;
	}
	throw new Error('expected a PabulibError');
}

describe('reading pabulib quirks', () => {
	it('reads quoted cells holding ; and doubled quotes', () => {
		const text = [
			'META', 'key;value', 'budget;100', 'vote_type;approval', 'description;"Ontmoeting &amp; verbinding; ""samen"""',
			'PROJECTS', 'project_id;cost;name', '1;60;"a;b"', 'VOTES', 'voter_id;vote', 'v1;1'
		].join('\n');
		const election = parsePabulib(text);
		expect(election.meta[2]).toEqual(['description', 'Ontmoeting &amp; verbinding; "samen"']);
		expect(election.projects[0].extra).toEqual(['a;b']);
	});

	it('accepts CRLF line ends and trims cells', () => {
		const election = parsePabulib(makeFile({ votes: ['voter_id ; vote', ' v1 ; 1 , 2 '] }).replaceAll('\n', '\r\n'));
		expect(election.voters[0]).toMatchObject({ id: 'v1', choices: [0, 1] });
	});

	it('keeps money exact with decimal points and decimal commas', () => {
		const election = parsePabulib(makeFile({ meta: ['budget;1331751.11', 'vote_type;approval'], projects: ['1;35000,0', '2;4000.5'] }));
		expect(election.decimals).toBe(2);
		expect(election.budget).toBe(133175111n);
		expect(election.projects.map((p) => p.cost)).toEqual([3500000n, 400050n]);
	});

	it('keeps project ids as strings', () => {
		const election = parsePabulib(makeFile({ projects: ['036;10', 'BO.D16.5/23;20'], votes: ['voter_id;vote', 'v1;036,BO.D16.5/23'] }));
		expect(election.projects.map((p) => p.id)).toEqual(['036', 'BO.D16.5/23']);
	});

	it('counts a duplicate approval once and drops empty items', () => {
		const election = parsePabulib(makeFile({ votes: ['voter_id;vote', 'v1;2,,2,1,'] }));
		expect(election.voters[0].choices).toEqual([1, 0]);
	});

	it('takes the last points of a repeated cumulative entry', () => {
		const election = parsePabulib(
			makeFile({ meta: ['budget;100', 'vote_type;cumulative'], votes: ['voter_id;vote;points', 'v1;1,2,1;3,2,5'] })
		);
		expect(election.voters[0]).toMatchObject({ choices: [0, 1], points: [5, 2] });
	});

	it('keeps the first position of a repeated ordinal entry', () => {
		const election = parsePabulib(makeFile({ meta: ['budget;100', 'vote_type;ordinal'], votes: ['voter_id;vote', 'v1;3,1,3,2'] }));
		expect(election.voters[0].choices).toEqual([2, 0, 1]);
	});

	it('reads choose-1 as approval with one choice', () => {
		const election = parsePabulib(makeFile({ meta: ['budget;100', 'vote_type;choose-1'], votes: ['voter_id;vote', 'v1;2', 'v2;'] }));
		expect(election.voters.map((v) => v.choices)).toEqual([[1], []]);
	});

	it('reads a quoted cell that spans a line break', () => {
		const election = parsePabulib(makeFile({ projects: ['1;60', '2;30', '3;10'], votes: ['voter_id;vote;note', 'v1;1;"two', 'lines"'] }));
		expect(election.voters[0].extra).toEqual(['two\nlines']);
	});
});

describe('refusing malformed files, naming the line', () => {
	const cases: [string, string, PabulibError['code'], number][] = [
		['a vote for an unknown project', makeFile({ votes: ['voter_id;vote', 'v1;1', 'v2;9'] }), 'unknown_project', 13],
		['a row with a missing cell', makeFile({ projects: ['1;60', '2'] }), 'wrong_cell_count', 8],
		['a cost that is not an amount', makeFile({ projects: ['1;sixty'] }), 'bad_cost', 7],
		['a negative cost', makeFile({ projects: ['1;-5'] }), 'bad_cost', 7],
		['no budget', makeFile({ meta: ['vote_type;approval'] }), 'missing_budget', 4],
		['an unknown vote type', makeFile({ meta: ['budget;1', 'vote_type;pairwise'] }), 'unknown_vote_type', 4],
		['a project listed twice', makeFile({ projects: ['1;60', '1;30'] }), 'duplicate_project', 8],
		['a voter voting twice', makeFile({ votes: ['voter_id;vote', 'v1;1', 'v1;2'] }), 'duplicate_voter', 13],
		['points that do not match the votes', makeFile({ meta: ['budget;1', 'vote_type;scoring'], votes: ['voter_id;vote;points', 'v1;1,2;3'] }), 'points_mismatch', 12],
		['fractional points', makeFile({ meta: ['budget;1', 'vote_type;scoring'], votes: ['voter_id;vote;points', 'v1;1;2.5'] }), 'bad_points', 12],
		['two choices in choose-1', makeFile({ meta: ['budget;1', 'vote_type;choose-1'], votes: ['voter_id;vote', 'v1;1,2'] }), 'too_many_choices', 12],
		['a VOTES header without vote', makeFile({ votes: ['voter_id;ballot'] }), 'missing_column', 11],
		['a quote never closed', makeFile({ votes: ['voter_id;vote', 'v1;"1'] }), 'unterminated_quote', 12],
		['no VOTES section', makeFile({}).split('VOTES')[0], 'missing_section', 9],
		['sections out of order', 'PROJECTS\nproject_id;cost', 'unexpected_section', 1],
		['an empty file', '', 'empty_file', 0]
	];
	it.each(cases)('refuses %s', (_, text, code, line) => {
		const error = readError(text);
		expect(error.code).toBe(code);
		expect(error.line).toBe(line);
	});
});

describe('the quick way through vote lines', () => {
	// parsePabulib reads plain vote lines straight from the text; feeding each line on its own
	// takes the long way. Both must give the same election, or fail with the same code and line.
	function readLineByLine(text: string): Election | PabulibError {
		const parser = new PabulibParser();
		try {
			text.split('\n').forEach((line, i) => parser.pushLine(line, i + 1));
			return parser.finish();
		} catch (error) {
			if (error instanceof PabulibError) return error;
			throw error;
		}
	}
	function readWhole(text: string): Election | PabulibError {
		try {
			return parsePabulib(text);
		} catch (error) {
			if (error instanceof PabulibError) return error;
			throw error;
		}
	}
	const outcome = (result: Election | PabulibError) => (result instanceof PabulibError ? { code: result.code, line: result.line } : result);

	const padding = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\u3000', '\r');
	const piece = fc.constantFrom('1', '2', '3', 'v', 'M', 'p', 'VOTES', 'PROJECTS', 'internet', 'Wrocław', '9', ',', ';', '"', '');
	const line = fc
		.tuple(padding, fc.array(piece, { maxLength: 12 }), padding)
		.map(([before, pieces, after]) => before + pieces.join('') + after);

	it('gives what reading line by line gives, for any vote lines', () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, crlf) => {
				const text = makeFile({ votes: ['voter_id;vote;channel', ...lines] });
				const whole = crlf ? text.replaceAll('\n', '\r\n') : text;
				expect(outcome(readWhole(whole))).toEqual(outcome(readLineByLine(whole)));
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads long plain lines with spaces, carriage returns and blank lines between them', () => {
		const election = parsePabulib(
			makeFile({ votes: ['voter_id;vote;channel', '  voter-0001 ; 1 , 2 ; internet  \r', '', '                    ', 'voter-0002;3;\u00a0paper\u00a0'] })
		);
		expect(election.voters.map((v) => [v.id, v.choices, v.extra])).toEqual([
			['voter-0001', [0, 1], ['internet']],
			['voter-0002', [2], ['paper']]
		]);
	});
});
