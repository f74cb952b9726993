import { m } from '$lib/paraglide/messages';

/** The label of each field that can be refused, shared by the field and the messages that name it. */
const fieldLabels: Record<string, () => string> = {
	maxProposalCost: m.phase_settings_max_cost_label,
	maxProposalCostMinor: m.phase_settings_max_cost_label,
	followers: m.phase_settings_followers_legend,
	updateEveryDays: m.phase_settings_update_every_label
};

/** Where the error summary's link for a field takes the reader. */
export const fieldIdOf = (field: string) => (field === 'maxProposalCostMinor' ? 'maxProposalCost' : field);

/** A refused setting in plain words, naming the field and the bound it broke (codes from updatePhaseSettings and the form reader). */
export function phaseSettingErrorText(field: string, code: string, params: Record<string, string | number> = {}): string {
	const label = fieldLabels[field]?.() ?? '';
	switch (code) {
		case 'money_invalid':
			return m.phase_settings_error_money_invalid();
		case 'money_too_small':
			return m.phase_settings_error_money_too_small();
		case 'whole_number':
			return m.vote_settings_error_whole_number({ field: label });
		case 'too_small':
			return m.vote_settings_error_too_small({ field: label, min: params[`${field}_min`] ?? 0 });
		case 'too_big':
			return m.vote_settings_error_too_big({ field: label, max: params[`${field}_max`] ?? 0 });
		case 'required':
		case 'choice_invalid':
			return m.vote_settings_error_choice_invalid({ field: label });
		default:
			return m.vote_settings_error_invalid({ field: label });
	}
}
