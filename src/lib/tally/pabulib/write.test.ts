import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../fixtures';
import { parsePabulib } from './read';
import { readPabulibFile } from './read-file';
import { writePabulib } from './write';

describe('writing then reading gives the same election', () => {
	it.each(readdirSync(DATA_DIR).filter((file) => file.endsWith('.pb')))('%s', async (file) => {
		const election = await readPabulibFile(DATA_DIR + file);
		const again = parsePabulib(writePabulib(election));
		expect(again).toEqual(election);
	});

	it('keeps voter weights: a weight column, 1 where a voter has none', () => {
		const text = ['META', 'key;value', 'budget;10', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'x;1', 'VOTES', 'voter_id;vote;weight;age', 'v1;x;1.5;30', 'v2;x;;40', 'v3;x;2,25;50'].join('\n');
		const election = parsePabulib(text);
		expect(election.voters.map((voter) => voter.weight)).toEqual([1.5, 1, 2.25]);
		expect(election.voteColumns).toEqual(['age']);
		const written = writePabulib(election);
		expect(written).toContain('voter_id;vote;weight;age\r\nv1;x;1.5;30\r\nv2;x;1;40\r\nv3;x;2.25;50');
		expect(parsePabulib(written)).toEqual(election);
	});

	it('writes no weight column when no voter has a weight', () => {
		const election = parsePabulib(['META', 'key;value', 'budget;10', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'x;1', 'VOTES', 'voter_id;vote', 'v1;x'].join('\n'));
		expect(election.voters[0].weight).toBeUndefined();
		expect(writePabulib(election)).toContain('voter_id;vote\r\n');
	});

	it.each(['0', '-1', '1.001', 'heavy'])('refuses the weight %s, naming the line', (weight) => {
		const text = ['META', 'key;value', 'budget;10', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'x;1', 'VOTES', 'voter_id;vote;weight', 'v1;x;1', `v2;x;${weight}`].join('\n');
		expect(() => parsePabulib(text)).toThrow(expect.objectContaining({ code: 'bad_weight', line: 11 }));
	});

	it('quotes cells that need it', () => {
		const text = ['META', 'key;value', 'budget;10', 'vote_type;approval', 'name;"a;""b"""', 'PROJECTS', 'project_id;cost', 'x;1.50', 'VOTES', 'voter_id;vote', 'v;x'].join('\n');
		const election = parsePabulib(text);
		expect(writePabulib(election)).toContain('name;"a;""b"""');
		expect(parsePabulib(writePabulib(election))).toEqual(election);
	});
});
