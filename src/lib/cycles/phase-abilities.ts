import type { PhaseSettings } from '$lib/validation/phase-settings';
import type { PhaseKind } from './phase-kinds';
import type { ScheduledPhase } from './timeline';

/**
 * What residents can do in a phase, derived from the settings the place chose — so the timeline
 * tells the truth about this place, not a generic description. Codes, not words: the UI phrases them.
 */
export type PhaseAbility =
	| { code: 'discover_posts' | 'discover_assets' | 'comments' }
	| { code: 'co_create_proposals' | 'co_create_groups' | 'co_create_coauthoring' }
	| { code: 'co_create_max_cost'; amountMinor: number }
	| { code: `test_ballot_${PhaseSettings['test']['ballotType']}` }
	| { code: `test_rule_${PhaseSettings['test']['outcomeRule']}` }
	| { code: 'implement_updates' | 'implement_outcomes' };

/**
 * A phase as the timeline draws it: its dates and what residents can do in it. The server works the
 * abilities out from the phase's settings, so the page needs no settings schema (zod stays on the server).
 */
export type TimelinePhase = ScheduledPhase & { id: string; abilities: PhaseAbility[] };

export function listPhaseAbilities<K extends PhaseKind>(kind: K, settings: PhaseSettings[K]): PhaseAbility[] {
	const abilities: PhaseAbility[] = [];
	const add = (on: boolean, ability: PhaseAbility) => on && abilities.push(ability);
	switch (kind) {
		case 'discover': {
			const s = settings as PhaseSettings['discover'];
			add(s.postsOpen, { code: 'discover_posts' });
			add(s.assetsOpen, { code: 'discover_assets' });
			add(s.commentsOpen, { code: 'comments' });
			break;
		}
		case 'co_create': {
			const s = settings as PhaseSettings['co_create'];
			add(s.proposalsOpen, { code: 'co_create_proposals' });
			add(s.proposalsOpen && s.groupProposals, { code: 'co_create_groups' });
			add(s.proposalsOpen && s.coAuthoring, { code: 'co_create_coauthoring' });
			if (s.proposalsOpen && s.maxProposalCostMinor !== null)
				abilities.push({ code: 'co_create_max_cost', amountMinor: s.maxProposalCostMinor });
			add(s.commentsOpen, { code: 'comments' });
			break;
		}
		case 'test': {
			const s = settings as PhaseSettings['test'];
			add(s.votingOpen, { code: `test_ballot_${s.ballotType}` });
			abilities.push({ code: `test_rule_${s.outcomeRule}` });
			break;
		}
		case 'implement': {
			const s = settings as PhaseSettings['implement'];
			add(s.deliveryUpdates, { code: 'implement_updates' });
			add(s.outcomesShared, { code: 'implement_outcomes' });
			break;
		}
	}
	return abilities;
}
