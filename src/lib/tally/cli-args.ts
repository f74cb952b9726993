/** Command-line arguments of the tally CLI, checked; a bad one is a `TallyError('bad_option')`. */
import type { Completion, OrdinalUtility, Rule, TallyOptions, TieBreak } from './options';
import { COMPLETIONS, ORDINAL_UTILITIES, RULES, TIE_BREAKS } from './options';
import { TallyError } from './tally-error';

export const USAGE =
	'usage: npm run tally -- <file.pb> --rule <' + RULES.join('|') + '> [--completion <' + COMPLETIONS.join('|') +
	'>] [--ordinal-utility <' + ORDINAL_UTILITIES.join('|') + '>] [--tie-break <' + TIE_BREAKS.join('|') + '>] [--json]';

export interface CliArgs {
	file: string;
	options: Required<TallyOptions>;
	json: boolean;
}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
	if (value === undefined || !(allowed as readonly string[]).includes(value)) {
		throw new TallyError('bad_option', `--${name} must be one of ${allowed.join(', ')}; got ${value ?? 'nothing'}`);
	}
	return value as T;
}

export function readCliArgs(argv: string[]): CliArgs {
	const files: string[] = [];
	const values = new Map<string, string | undefined>();
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') json = true;
		else if (arg.startsWith('--')) {
			const [name, inline] = arg.slice(2).split('=', 2);
			if (!['rule', 'completion', 'ordinal-utility', 'tie-break'].includes(name)) {
				throw new TallyError('bad_option', `unknown option --${name}`);
			}
			values.set(name, inline ?? argv[++i]);
		} else files.push(arg);
	}
	if (files.length !== 1) throw new TallyError('bad_option', `expected one .pb file, got ${files.length}`);
	return {
		file: files[0],
		json,
		options: {
			rule: pick<Rule>('rule', values.get('rule'), RULES),
			completion: pick<Completion>('completion', values.get('completion') ?? 'none', COMPLETIONS),
			ordinalUtility: pick<OrdinalUtility>('ordinal-utility', values.get('ordinal-utility') ?? 'borda', ORDINAL_UTILITIES),
			tieBreak: pick<TieBreak>('tie-break', values.get('tie-break') ?? 'min-cost-then-votes', TIE_BREAKS)
		}
	};
}
