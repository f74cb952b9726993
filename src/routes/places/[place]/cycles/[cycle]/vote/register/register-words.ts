import { m } from '$lib/paraglide/messages';

/** Why a bad row was not imported (codes from readVoterRegister). */
export function rowProblemText(code: string): string {
	switch (code) {
		case 'reference_missing':
			return m.register_problem_reference_missing();
		case 'reference_too_long':
			return m.register_problem_reference_too_long();
		case 'duplicate_reference':
			return m.register_problem_duplicate_reference();
		case 'name_too_long':
			return m.register_problem_name_too_long();
		default:
			return m.register_problem_postcode_invalid();
	}
}

/** Why a whole file was refused — nothing of it imported (codes from importRegisterFile). */
export function fileRefusalText(code: string, params: Record<string, string | number> = {}): string {
	const megabytes = params.megabytes ?? 0;
	switch (code) {
		case 'file_missing':
			return m.register_refused_file_missing();
		case 'too_large':
			return m.register_refused_too_large({ megabytes });
		case 'empty':
			return m.register_refused_empty();
		case 'not_csv':
			return params.line ? m.register_refused_not_csv_line({ line: params.line }) : m.register_refused_not_csv();
		case 'columns_missing':
			return m.register_refused_columns_missing();
		case 'too_many_rows':
			return m.register_refused_too_many_rows();
		default:
			return m.register_refused_not_text();
	}
}
