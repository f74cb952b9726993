import { roleIn, type Actor } from '../auth/actor';

export type BudgetAction = 'budget.edit';

/**
 * The place's lead and team members record the money funders put in and split it into pots. The
 * pot is public to everyone. Stewards provision places; they do not set a place's budget. Deny by default.
 */
export function canOnBudget(actor: Actor, action: BudgetAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'budget.edit':
			return role === 'lead' || role === 'team_member';
		default:
			return false;
	}
}
