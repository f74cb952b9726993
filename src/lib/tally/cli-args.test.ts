import { describe, expect, it } from 'vitest';
import { readCliArgs } from './cli-args';
import { TallyError } from './tally-error';

describe('reading the CLI arguments', () => {
	it('reads a file, a rule and the defaults', () => {
		expect(readCliArgs(['a.pb', '--rule', 'mes'])).toEqual({
			file: 'a.pb',
			json: false,
			maxAdd1Runs: 100_000,
			options: { rule: 'mes', completion: 'none', ordinalUtility: 'borda', tieBreak: 'min-cost-then-votes' }
		});
	});

	it('reads every option, also written as --name=value', () => {
		const args = readCliArgs(['--rule=phragmen', 'b.pb', '--completion', 'add1', '--ordinal-utility', 'position', '--tie-break', 'lexico', '--json']);
		expect(args).toMatchObject({ file: 'b.pb', json: true, options: { rule: 'phragmen', completion: 'add1', ordinalUtility: 'position', tieBreak: 'lexico' } });
	});

	it('asks for help with --help or -h, whatever else is given', () => {
		expect(readCliArgs(['--help'])).toBe('help');
		expect(readCliArgs(['a.pb', '--rule', 'mes', '-h'])).toBe('help');
	});

	it('reads a bound on add1\'s MES runs', () => {
		expect(readCliArgs(['a.pb', '--rule', 'mes', '--max-add1-runs', '0'])).toMatchObject({ maxAdd1Runs: 0 });
	});

	it.each([
		[['a.pb'], /--rule must be one of/],
		[['a.pb', '--rule', 'plurality'], /got plurality/],
		[['a.pb', '--rule', 'mes', '--colour'], /unknown option --colour/],
		[['--rule', 'mes'], /expected one .pb file, got 0/],
		[['a.pb', 'b.pb', '--rule', 'mes'], /got 2/],
		[['a.pb', '--rule', 'mes', '--completion'], /--completion needs a value/],
		[['a.pb', '--ordinal-utility', '--rule', 'mes'], /--ordinal-utility needs a value/],
		[['a.pb', '--rule', 'mes', '--tie-break='], /--tie-break needs a value/],
		[['a.pb', '--rule', 'mes', '--max-add1-runs', 'lots'], /--max-add1-runs must be a whole number/],
		[['a.pb', '--rule', 'mes', '-x'], /unknown option -x/]
	])('refuses %j with a bad_option error', (argv, message) => {
		expect(() => readCliArgs(argv)).toThrow(message);
		expect(() => readCliArgs(argv)).toThrow(TallyError);
	});
});
