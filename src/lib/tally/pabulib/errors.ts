/**
 * Errors of the pabulib reader. Each carries a stable `code` (the UI and tests key on it) and the
 * 1-based line number where the problem is; the message is for developers only.
 */

export type PabulibErrorCode =
	| 'empty_file'
	| 'missing_section'
	| 'unexpected_section'
	| 'missing_header'
	| 'missing_column'
	| 'duplicate_column'
	| 'wrong_cell_count'
	| 'unterminated_quote'
	| 'missing_budget'
	| 'bad_budget'
	| 'missing_vote_type'
	| 'unknown_vote_type'
	| 'bad_cost'
	| 'empty_project_id'
	| 'duplicate_project'
	| 'empty_voter_id'
	| 'duplicate_voter'
	| 'unknown_project'
	| 'bad_points'
	| 'points_mismatch'
	| 'too_many_choices'
	| 'bad_weight'
	| 'not_utf8';

export class PabulibError extends Error {
	readonly code: PabulibErrorCode;
	/** 1-based line number of the offending line (0 when the problem is the file as a whole). */
	readonly line: number;

	constructor(code: PabulibErrorCode, line: number, detail: string) {
		super(line > 0 ? `line ${line}: ${detail} (${code})` : `${detail} (${code})`);
		this.name = 'PabulibError';
		this.code = code;
		this.line = line;
	}
}
