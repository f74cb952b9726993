import { m } from '$lib/paraglide/messages';

/** Each setting's label, shared by its field, the read-only view and the messages that name it. */
export const settingLabels: Record<string, () => string> = {
	ballotType: m.vote_settings_ballot_type_legend,
	approvalMinChoices: m.vote_settings_approval_min_label,
	approvalMaxChoices: m.vote_settings_approval_max_label,
	knapsackMinSpendPercent: m.vote_settings_knapsack_min_label,
	cumulativePoints: m.vote_settings_cumulative_points_label,
	cumulativeMaxPerProject: m.vote_settings_cumulative_max_label,
	rankedTop: m.vote_settings_ranked_top_label,
	postcodePrefixes: m.vote_settings_postcodes_label,
	minimumAge: m.vote_settings_minimum_age_label,
	outcomeRule: m.vote_settings_outcome_legend
};

/** A refused setting in plain words, naming the field and the bound it broke (codes from updateVoteSettings). */
export function settingErrorText(field: string, code: string, params: Record<string, string | number> = {}): string {
	const label = settingLabels[field]?.() ?? '';
	switch (code) {
		case 'required':
			return m.vote_settings_error_required({ field: label });
		case 'whole_number':
			return m.vote_settings_error_whole_number({ field: label });
		case 'too_small':
			return m.vote_settings_error_too_small({ field: label, min: params[`${field}_min`] ?? 0 });
		case 'too_big':
			return m.vote_settings_error_too_big({ field: label, max: params[`${field}_max`] ?? 0 });
		case 'max_below_min':
			return m.vote_settings_error_max_below_min();
		case 'max_above_total':
			return m.vote_settings_error_max_above_total();
		case 'phragmen_needs_ticks':
			return m.vote_settings_error_phragmen_needs_ticks();
		case 'prefix_too_long':
			return m.vote_settings_error_prefix_too_long();
		case 'too_many_prefixes':
			return m.vote_settings_error_too_many_prefixes();
		case 'choice_invalid':
			return m.vote_settings_error_choice_invalid({ field: label });
		case 'locked':
			return m.vote_settings_error_locked();
		case 'min_spend_impossible':
			return m.vote_settings_error_min_spend_impossible({ percent: params.largestPercent ?? 0 });
		case 'nothing_fits':
			return m.vote_settings_error_nothing_fits();
		case 'min_choices_impossible':
			return m.vote_settings_error_min_choices_impossible({ count: params.proposals ?? 0 });
		default:
			return m.vote_settings_error_invalid({ field: label });
	}
}
