import { m } from '$lib/paraglide/messages';
import type { PhaseAbility } from '$lib/cycles/phase-abilities';
import type { PhaseKind } from '$lib/cycles/phase-kinds';
import type { PhaseState } from '$lib/cycles/timeline';
import { formatMoney } from '$lib/format';

/* Codes from the domain, phrased in the reader's language. One map per kind of code. */

export const phaseName: Record<PhaseKind, () => string> = {
	discover: m.phase_name_discover,
	co_create: m.phase_name_co_create,
	test: m.phase_name_test,
	implement: m.phase_name_implement
};

export const phasePurpose: Record<PhaseKind, () => string> = {
	discover: m.phase_does_discover,
	co_create: m.phase_does_co_create,
	test: m.phase_does_test,
	implement: m.phase_does_implement
};

export const phaseStateLabel: Record<PhaseState, () => string> = {
	open: m.phase_state_open,
	finished: m.phase_state_finished,
	upcoming: m.phase_state_upcoming,
	unscheduled: m.phase_state_unscheduled
};

export function describeAbility(ability: PhaseAbility, currency: string, locale: string): string {
	switch (ability.code) {
		case 'discover_posts': return m.setting_discover_posts();
		case 'discover_assets': return m.setting_discover_assets();
		case 'comments': return m.setting_comments();
		case 'co_create_proposals': return m.setting_co_create_proposals();
		case 'co_create_groups': return m.setting_co_create_groups();
		case 'co_create_coauthoring': return m.setting_co_create_coauthoring();
		case 'co_create_max_cost':
			return m.setting_co_create_max_cost({ amount: formatMoney(ability.amountMinor, currency, locale) });
		case 'test_ballot_approval': return m.setting_test_ballot_approval();
		case 'test_ballot_knapsack': return m.setting_test_ballot_knapsack();
		case 'test_ballot_cumulative': return m.setting_test_ballot_cumulative();
		case 'test_ballot_ranked': return m.setting_test_ballot_ranked();
		case 'test_rule_greedy': return m.setting_test_rule_greedy();
		case 'test_rule_mes': return m.setting_test_rule_mes();
		case 'test_rule_phragmen': return m.setting_test_rule_phragmen();
		case 'implement_updates': return m.setting_implement_updates();
		case 'implement_outcomes': return m.setting_implement_outcomes();
	}
}
