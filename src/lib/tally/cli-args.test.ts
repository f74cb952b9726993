import { describe, expect, it } from 'vitest';
import { readCliArgs } from './cli-args';
import { TallyError } from './tally-error';

describe('reading the CLI arguments', () => {
	it('reads a file, a rule and the defaults', () => {
		expect(readCliArgs(['a.pb', '--rule', 'mes'])).toEqual({
			file: 'a.pb',
			json: false,
			options: { rule: 'mes', completion: 'none', ordinalUtility: 'borda', tieBreak: 'min-cost-then-votes' }
		});
	});

	it('reads every option, also written as --name=value', () => {
		const args = readCliArgs(['--rule=phragmen', 'b.pb', '--completion', 'add1', '--ordinal-utility', 'position', '--tie-break', 'lexico', '--json']);
		expect(args).toMatchObject({ file: 'b.pb', json: true, options: { rule: 'phragmen', completion: 'add1', ordinalUtility: 'position', tieBreak: 'lexico' } });
	});

	it.each([
		[['a.pb'], /--rule must be one of/],
		[['a.pb', '--rule', 'plurality'], /got plurality/],
		[['a.pb', '--rule', 'mes', '--colour'], /unknown option --colour/],
		[['--rule', 'mes'], /expected one .pb file, got 0/],
		[['a.pb', 'b.pb', '--rule', 'mes'], /got 2/]
	])('refuses %j with a bad_option error', (argv, message) => {
		expect(() => readCliArgs(argv)).toThrow(message);
		expect(() => readCliArgs(argv)).toThrow(TallyError);
	});
});
