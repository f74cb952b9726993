import { m } from '$lib/paraglide/messages';
import type { CountErrorCode } from '$lib/results/results.errors';

/** The words for each reason a count could not start. */
const countErrorTexts = {
	vote_not_closed: m.results_count_error_vote_not_closed,
	no_vote: m.results_count_error_no_vote,
	cycle_stopped: m.results_count_error_cycle_stopped,
	pot_unknown: m.results_count_error_pot_unknown,
	already_counted: m.results_count_error_already_counted,
	counting: m.results_count_error_counting
} satisfies Record<CountErrorCode, () => string>;

export function countErrorText(code: string): string {
	return (countErrorTexts as Record<string, () => string>)[code]?.() ?? '';
}
