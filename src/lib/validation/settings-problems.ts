import type { z } from 'zod';

/**
 * A settings schema's issues as one code per field (the first), with the bounds the message names
 * (`<field>_min` / `<field>_max`). Shared by every phase's settings form, so each speaks the same codes:
 * required, whole_number, too_small, too_big, choice_invalid, the schema's own refinements, invalid.
 */
export function settingsProblems(error: z.ZodError, input: unknown): { fields: Record<string, string>; params: Record<string, number> } {
	const given = (input ?? {}) as Record<string, unknown>;
	const fields: Record<string, string> = {};
	const params: Record<string, number> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (field in fields) continue;
		fields[field] = issueCode(issue, field, given[field]);
		if (issue.code === 'too_small') params[`${field}_min`] = Number(issue.minimum);
		if (issue.code === 'too_big') params[`${field}_max`] = Number(issue.maximum);
	}
	return { fields, params };
}

function issueCode(issue: z.core.$ZodIssue, field: string, given: unknown): string {
	if (field === 'postcodePrefixes') return issue.path.length > 1 ? 'prefix_too_long' : 'too_many_prefixes';
	switch (issue.code) {
		case 'invalid_type':
			return given === null || given === undefined ? 'required' : 'whole_number';
		case 'too_small':
			return 'too_small';
		case 'too_big':
			return 'too_big';
		case 'invalid_value':
			return 'choice_invalid';
		case 'custom':
			// The schema's own refinements: max_below_min, max_above_total.
			return issue.message;
		default:
			return 'invalid';
	}
}
