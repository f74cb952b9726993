/**
 * The pabulib parser as a line-fed state machine. It uses no Node API, so the browser, a worker
 * and the streaming file reader all share it: feed physical lines with `pushLine` (or `pushSpan`,
 * the same without cutting the line out of its text first), then `finish`.
 */
import type { Election, Project, Voter, VoteType } from '../election';
import { VOTE_TYPES } from '../election';
import { parseDecimal, rescale, type DecimalAmount } from '../money';
import { splitCells, splitPlainCells } from './csv';
import { PabulibError } from './errors';
import { ExtraCells } from './extra-cells';
import { PlainLines } from './plain-lines';
import { VoterIds } from './voter-ids';
import { readVoterChoices } from './votes';
import { MAX_WEIGHT, parseWeight } from '../weights';
import { checkCellCount, findExtraColumns, readHeader, readSectionName, requiredColumns, SECTION_ORDER } from './sections';
import type { Header, SectionName } from './sections';

export class PabulibParser {
	private section: SectionName | null = null;
	private header: Header | null = null;
	private seen = new Set<SectionName>();
	private pending = '';
	private pendingLine = 0;
	private lastLine = 0;
	private meta: [string, string][] = [];
	private voteType: VoteType | null = null;
	private budget: { amount: DecimalAmount; line: number } | null = null;
	private costs: DecimalAmount[] = [];
	private projects: Project[] = [];
	private projectIndex = new Map<string, number>();
	private voters: Voter[] = [];
	private voterIds = new VoterIds();
	private projectExtra: number[] = [];
	private voteExtra: number[] = [];
	private voteExtraCells = new ExtraCells([]);
	private projectColumns: string[] = [];
	// VOTES columns by position, read once from the header: every vote line needs them.
	private voterIdColumn = -1;
	private voteColumn = -1;
	private pointsColumn = -1;
	private weightColumn = -1;
	private scratchCells: string[] = [];
	private singleChoices: number[][] = [];
	private plainLines = new PlainLines();

	/**
	 * Feeds the physical line `text[start, end)` (without its line break). Same as
	 * `pushLine(text.slice(start, end), lineNumber)`, but a plain vote line — the bulk of a file —
	 * is read straight from `text`, with no line string and no new array of cells.
	 */
	pushSpan(text: string, start: number, end: number, lineNumber: number): void {
		if (this.section !== 'VOTES' || this.header === null || this.pending !== '' || !this.plainLines.isPlain(text, start, end)) {
			return this.pushLine(text.slice(start, end), lineNumber);
		}
		this.lastLine = lineNumber;
		if (text.charCodeAt(end - 1) === 13) end--;
		const cells = this.scratchCells;
		cells.length = splitPlainCells(text, start, end, cells);
		if (cells.length === 1 && cells[0] === '') return;
		checkCellCount(cells, this.header, lineNumber);
		this.readVote(cells, lineNumber);
	}

	/** Feeds one physical line (without its line break) with its 1-based number. */
	pushLine(raw: string, lineNumber: number): void {
		this.lastLine = lineNumber;
		if (lineNumber === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
		const text = this.pending ? this.pending + '\n' + raw : raw;
		const line = this.pending ? this.pendingLine : lineNumber;
		const cells = splitCells(text.endsWith('\r') ? text.slice(0, -1) : text);
		if (cells === null) {
			// A quoted cell spans a line break: keep it until its quote closes.
			if (!this.pending) this.pendingLine = lineNumber;
			this.pending = text;
			return;
		}
		this.pending = '';
		if (cells.length === 1 && cells[0] === '') return;
		this.readCells(cells, text, line);
	}

	private readCells(cells: string[], text: string, line: number): void {
		const section = readSectionName(text);
		if (section) return this.openSection(section, line);
		if (this.section === null) {
			throw new PabulibError('missing_section', line, 'the file must start with META');
		}
		if (this.header === null) return this.readSectionHeader(cells, line);
		checkCellCount(cells, this.header, line);
		if (this.section === 'META') this.readMeta(cells, line);
		else if (this.section === 'PROJECTS') this.readProject(cells, line);
		else this.readVote(cells, line);
	}

	private openSection(section: SectionName, line: number): void {
		const expected = SECTION_ORDER[this.seen.size];
		if (section !== expected) {
			throw new PabulibError('unexpected_section', line, `found ${section}, expected ${expected}`);
		}
		if (section === 'PROJECTS') this.checkMeta(line);
		this.seen.add(section);
		this.section = section;
		this.header = null;
	}

	private readSectionHeader(cells: string[], line: number): void {
		this.header = readHeader(cells, requiredColumns(this.section!, this.voteType!), line);
		const extra = findExtraColumns(this.header, this.section!);
		if (this.section === 'PROJECTS') {
			this.projectExtra = extra;
			this.projectColumns = extra.map((i) => this.header!.columns[i]);
		}
		if (this.section === 'VOTES') {
			this.voteExtra = extra;
			this.voteExtraCells = new ExtraCells(extra);
			this.voterIdColumn = this.column('voter_id');
			this.voteColumn = this.column('vote');
			this.pointsColumn = this.header.index.get('points') ?? -1;
			this.weightColumn = this.header.index.get('weight') ?? -1;
		}
	}

	private readMeta(cells: string[], line: number): void {
		const [key, value] = [cells[this.column('key')], cells[this.column('value')]];
		this.meta.push([key, value]);
		if (key === 'budget') {
			const amount = parseDecimal(value);
			if (!amount) throw new PabulibError('bad_budget', line, `budget "${value}" is not an amount`);
			this.budget = { amount, line };
		} else if (key === 'vote_type') {
			if (!(VOTE_TYPES as readonly string[]).includes(value)) {
				throw new PabulibError('unknown_vote_type', line, `vote_type "${value}" is not known`);
			}
			this.voteType = value as VoteType;
		}
	}

	private checkMeta(line: number): void {
		if (!this.budget) throw new PabulibError('missing_budget', line, 'META has no budget');
		if (!this.voteType) throw new PabulibError('missing_vote_type', line, 'META has no vote_type');
	}

	private readProject(cells: string[], line: number): void {
		const id = cells[this.column('project_id')];
		const costText = cells[this.column('cost')];
		if (id === '') throw new PabulibError('empty_project_id', line, 'a project has no id');
		if (this.projectIndex.has(id)) {
			throw new PabulibError('duplicate_project', line, `project "${id}" is listed twice`);
		}
		const cost = parseDecimal(costText);
		if (!cost) throw new PabulibError('bad_cost', line, `cost "${costText}" is not an amount`);
		this.projectIndex.set(id, this.projects.length);
		this.costs.push(cost);
		this.projects.push({ id, cost: 0n, extra: this.projectExtra.map((i) => cells[i]) });
	}

	private readVote(cells: string[], line: number): void {
		const id = cells[this.voterIdColumn];
		if (id === '') throw new PabulibError('empty_voter_id', line, 'a vote has no voter_id');
		if (!this.voterIds.add(id)) {
			throw new PabulibError('duplicate_voter', line, `voter "${id}" voted twice`);
		}
		const ballot = readVoterChoices(
			this.voteType!,
			cells[this.voteColumn],
			this.pointsColumn < 0 ? undefined : cells[this.pointsColumn],
			this.projectIndex,
			line,
			this.singleChoices
		);
		const extra = this.voteExtraCells.read(cells);
		const voter: Voter = ballot.points ? { id, choices: ballot.choices, points: ballot.points, extra } : { id, choices: ballot.choices, extra };
		if (this.weightColumn >= 0) voter.weight = this.readWeight(cells[this.weightColumn], line);
		this.voters.push(voter);
	}

	/** A `weight` cell: a positive number with at most two decimals; an empty cell means 1. */
	private readWeight(cell: string, line: number): number {
		if (cell === '') return 1;
		const weight = parseWeight(cell);
		if (weight === null) {
			throw new PabulibError('bad_weight', line, `weight "${cell}" is not a positive number up to ${MAX_WEIGHT} with at most two decimals`);
		}
		return weight;
	}

	private column(name: string): number {
		return this.header!.index.get(name)!;
	}

	/** Ends the input and returns the election. */
	finish(): Election {
		if (this.pending) {
			throw new PabulibError('unterminated_quote', this.pendingLine, 'a quote is never closed');
		}
		if (this.seen.size === 0) throw new PabulibError('empty_file', 0, 'the file is empty');
		const missing = SECTION_ORDER.find((section) => !this.seen.has(section));
		if (missing) throw new PabulibError('missing_section', this.lastLine, `no ${missing} section`);
		if (!this.header) throw new PabulibError('missing_header', this.lastLine, 'VOTES has no header');
		const budget = this.budget!.amount;
		const decimals = Math.max(budget.decimals, ...this.costs.map((cost) => cost.decimals));
		this.projects.forEach((project, i) => (project.cost = rescale(this.costs[i], decimals)));
		return {
			meta: this.meta,
			voteType: this.voteType!,
			budget: rescale(budget, decimals),
			decimals,
			projects: this.projects,
			voters: this.voters,
			projectColumns: this.projectColumns,
			voteColumns: this.voteExtra.map((i) => this.header!.columns[i])
		};
	}
}
