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

	it('quotes cells that need it', () => {
		const text = ['META', 'key;value', 'budget;10', 'vote_type;approval', 'name;"a;""b"""', 'PROJECTS', 'project_id;cost', 'x;1.50', 'VOTES', 'voter_id;vote', 'v;x'].join('\n');
		const election = parsePabulib(text);
		expect(writePabulib(election)).toContain('name;"a;""b"""');
		expect(parsePabulib(writePabulib(election))).toEqual(election);
	});
});
