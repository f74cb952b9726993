/** Command-line arguments of the tally CLI, checked; a bad one is a `TallyError('bad_option')`. */
import type { Completion, OrdinalUtility, Rule, TallyOptions, TieBreak } from './options';
import { COMPLETIONS, ORDINAL_UTILITIES, RULES, TIE_BREAKS } from './options';
import { TallyError } from './tally-error';

export const USAGE =
	'usage: npm run tally -- <file.pb> --rule <' + RULES.join('|') + '> [--completion <' + COMPLETIONS.join('|') +
	'>] [--ordinal-utility <' + ORDINAL_UTILITIES.join('|') + '>] [--tie-break <' + TIE_BREAKS.join('|') + '>] [--max-add1-runs <n>] [--json]' +
	'\n       npm run tally -- --help';

/**
 * add1 runs MES once per step of one currency unit per voter (a proof can cover up to 32 steps
 * in one run). The largest count of the reference collection needs 2,350 runs (Budapest 2023,
 * 75,000 steps); 100,000 runs is 40 times that, a minute or two on a small election. Costs that
 * are huge against one currency unit can need billions of steps: those stop here with a reason.
 */
export const DEFAULT_MAX_ADD1_RUNS = 100_000;

/** Exit codes, from the most to the least expected. */
export const EXIT = { ok: 0, data: 1, usage: 2, stopped: 3, internal: 4 } as const;

export const HELP = `Counts a participatory budgeting vote stored in the pabulib format (.pb).

${USAGE}

Options:
  --rule <${RULES.join('|')}>
      how the money is shared out (required)
  --completion <${COMPLETIONS.join('|')}>
      what an MES rule does with money left over (default: none)
  --ordinal-utility <${ORDINAL_UTILITIES.join('|')}>
      what a ranked ballot's places are worth (default: borda)
  --tie-break <${TIE_BREAKS.join('|')}>
      who wins an exact tie (default: min-cost-then-votes: the cheaper project, then the one more
      voters support, then the id). The research library pabutools breaks ties by lexico (the
      project id compared as text): pass --tie-break lexico to compare with it.
  --max-add1-runs <n>
      stop add1 with a message after n MES runs; 0 means never (default: ${DEFAULT_MAX_ADD1_RUNS})
  --json
      print one JSON object instead of text (default: text)
  -h, --help
      print this help

Exit codes:
  ${EXIT.ok} the vote was counted (warnings, if any, go to stderr)
  ${EXIT.data} the file could not be read or is not a valid pabulib file (not found, a folder,
    not UTF-8, a broken line: the message names it)
  ${EXIT.usage} the command is wrong: an unknown option, a missing value, or a rule or completion that
    does not apply to this file's ballots
  ${EXIT.stopped} add1 was stopped by --max-add1-runs before it finished
  ${EXIT.internal} the count failed unexpectedly (a bug: please report it with the file)`;

export interface CliArgs {
	file: string;
	options: Required<Pick<TallyOptions, 'rule' | 'completion' | 'ordinalUtility' | 'tieBreak'>>;
	maxAdd1Runs: number;
	json: boolean;
}

const VALUED = ['rule', 'completion', 'ordinal-utility', 'tie-break', 'max-add1-runs'];

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
	if (value === undefined || !(allowed as readonly string[]).includes(value)) {
		throw new TallyError('bad_option', `--${name} must be one of ${allowed.join(', ')}; got ${value ?? 'nothing'}`);
	}
	return value as T;
}

function readCount(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	if (!/^\d+$/.test(value)) throw new TallyError('bad_option', `--${name} must be a whole number; got ${value}`);
	return Number(value);
}

/** The arguments, or 'help' when help was asked for (whatever else was given). */
export function readCliArgs(argv: string[]): CliArgs | 'help' {
	if (argv.includes('--help') || argv.includes('-h')) return 'help';
	const files: string[] = [];
	const values = new Map<string, string>();
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') json = true;
		else if (arg.startsWith('-') && arg !== '-') {
			const [name, inline] = arg.replace(/^--?/, '').split('=', 2);
			if (!VALUED.includes(name)) throw new TallyError('bad_option', `unknown option ${arg.split('=')[0]}`);
			// The value is the rest after '=' or the next argument, never another option.
			const value = inline ?? (argv[i + 1]?.startsWith('-') ? undefined : argv[++i]);
			if (!value) throw new TallyError('bad_option', `--${name} needs a value`);
			values.set(name, value);
		} else files.push(arg);
	}
	if (files.length !== 1) throw new TallyError('bad_option', `expected one .pb file, got ${files.length}`);
	return {
		file: files[0],
		json,
		maxAdd1Runs: readCount('max-add1-runs', values.get('max-add1-runs'), DEFAULT_MAX_ADD1_RUNS),
		options: {
			rule: pick<Rule>('rule', values.get('rule'), RULES),
			completion: pick<Completion>('completion', values.get('completion') ?? 'none', COMPLETIONS),
			ordinalUtility: pick<OrdinalUtility>('ordinal-utility', values.get('ordinal-utility') ?? 'borda', ORDINAL_UTILITIES),
			tieBreak: pick<TieBreak>('tie-break', values.get('tie-break') ?? 'min-cost-then-votes', TIE_BREAKS)
		}
	};
}
