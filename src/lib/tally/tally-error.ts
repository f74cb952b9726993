/** Errors of the engine itself (as opposed to reading a file): a stable code and a detail. */

export type TallyErrorCode = 'rule_needs_approval' | 'completion_needs_mes' | 'bad_option' | 'add1_too_long' | 'bad_weight';

export class TallyError extends Error {
	readonly code: TallyErrorCode;
	constructor(code: TallyErrorCode, detail: string) {
		super(`${detail} (${code})`);
		this.name = 'TallyError';
		this.code = code;
	}
}
