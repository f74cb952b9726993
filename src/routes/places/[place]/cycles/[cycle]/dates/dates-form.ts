import type { DateChangeProblem } from '$lib/cycles/date-change-rules';
import type { PhaseDateFieldCode } from '$lib/cycles/phase-dates-form';
import type { PhaseKind } from '$lib/cycles/phase-kinds';
import type { PhaseDates } from '$lib/cycles/phase-schedule';

/*
 * The change-dates form beyond the dates themselves: what the form showed when it was opened (hidden
 * `<kind>_shown_opens` / `_shown_closes`, as ISO instants), and problems as field → code with the
 * phases the messages name in params.
 */

export function shownFields(phases: readonly PhaseDates[]): Record<string, string> {
	return Object.fromEntries(
		phases.flatMap((p) => [
			[`${p.kind}_shown_opens`, p.opensAt?.toISOString() ?? ''],
			[`${p.kind}_shown_closes`, p.closesAt?.toISOString() ?? '']
		])
	);
}

/** What the form showed, or undefined when the hidden fields are missing or garbled (then the stored dates are compared). */
export function readShown(values: Record<string, string>, kinds: readonly PhaseKind[]): PhaseDates[] | undefined {
	const instant = (text: string | undefined) => {
		if (text === undefined) return undefined;
		if (text === '') return null;
		const date = new Date(text);
		return Number.isNaN(date.getTime()) ? undefined : date;
	};
	const shown: PhaseDates[] = [];
	for (const kind of kinds) {
		const opensAt = instant(values[`${kind}_shown_opens`]);
		const closesAt = instant(values[`${kind}_shown_closes`]);
		if (opensAt === undefined || closesAt === undefined) return undefined;
		shown.push({ kind, opensAt, closesAt });
	}
	return shown;
}

export interface DatesFormErrors {
	errors: Record<string, string>;
	params: Record<string, string>;
}

/** Errors from reading the typed dates (`<kind>_opens` → date_invalid …), with the phase each names. */
export function readingErrors(errors: Record<string, PhaseDateFieldCode>): DatesFormErrors {
	return { errors: { ...errors }, params: Object.fromEntries(Object.keys(errors).map((field) => [`${field}_phase`, field.replace(/_(opens|closes)$/, '')])) };
}

/** The domain's problems as fields of this form: the phase's opening or end, the reason, or the whole list. */
export function problemFields(problems: readonly DateChangeProblem[]): DatesFormErrors {
	const errors: Record<string, string> = {};
	const params: Record<string, string> = {};
	for (const problem of problems) {
		const field =
			problem.field === 'reason' ? 'reason'
			: problem.field === 'phases' ? (problem.kind ?? 'phases')
			: `${problem.kind}_${problem.field === 'opensAt' ? 'opens' : 'closes'}`;
		if (field in errors) continue;
		errors[field] = problem.code;
		if (problem.kind) params[`${field}_phase`] = problem.kind;
		if (problem.previous) params[`${field}_previous`] = problem.previous;
	}
	return { errors, params };
}
