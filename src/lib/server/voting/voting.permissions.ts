import { roleIn, type Actor } from '../auth/actor';

export type VotingAction =
	| 'vote.cast'
	| 'vote.configure'
	| 'register.upload'
	| 'letter_codes.generate'
	| 'paper.enter'
	| 'paper.discard'
	| 'turnout.view';

/**
 * Anyone signed in may try to vote; whether they may vote in this cycle is its eligibility rule
 * (area, age, register), which answers a status the page can act on rather than a refusal here.
 * Staff vote as residents like everyone else. (A letter code is its own credential: its routes
 * use allowAnonymous and check the code.)
 * The place's lead and team members set the vote up (ballot, eligibility, register, letter codes);
 * facilitators also staff stalls, so they enter and check paper ballots and see turnout. Only the
 * lead discards a paper entry (when the two entries of one paper disagree). Turnout is never a
 * running total of choices. Stewards provision places; they do not run a place's vote. Deny by default.
 */
export function canOnVoting(actor: Actor, action: VotingAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'vote.cast':
			return true;
		case 'vote.configure':
		case 'register.upload':
		case 'letter_codes.generate':
			return role === 'lead' || role === 'team_member';
		case 'paper.enter':
		case 'turnout.view':
			return role === 'lead' || role === 'team_member' || role === 'facilitator';
		case 'paper.discard':
			return role === 'lead';
		default:
			return false;
	}
}
