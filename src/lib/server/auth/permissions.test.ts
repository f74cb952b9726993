import { describe, expect, it } from 'vitest';
import { canOnBudget, type BudgetAction } from '../budget/budget.permissions';
import { canOnChallenge, type ChallengeAction } from '../challenges/challenges.permissions';
import { canOnComment, type CommentAction } from '../comments/comments.permissions';
import { canOnConversation, type ConversationAction } from '../conversations/conversations.permissions';
import { canOnCycle, type CycleAction } from '../cycles/cycles.permissions';
import { canOnPost, type PostAction } from '../posts/posts.permissions';
import { canOnDelivery, type DeliveryAction } from '../delivery/delivery.permissions';
import { canOnLearning, type LearningAction } from '../learning/learning.permissions';
import { canOnLibrary, type LibraryAction } from '../library/library.permissions';
import { canOnResults, type ResultAction } from '../results/results.permissions';
import { canOnVoting, type VotingAction } from '../voting/voting.permissions';
import { canOnWorkshop, type WorkshopAction } from '../workshops/workshops.permissions';
import { canOnPlace, type PlaceAction } from '../places/places.permissions';
import { canOnProposal, type ProposalAction } from '../proposals/proposals.permissions';
import { canOnTeam, type TeamAction } from '../teams/teams.permissions';
import { canOnSmallSums, type SmallSumsAction } from '../small-sums/small-sums.permissions';
import { canOnCentralService, type CentralServiceAction } from '../central-services/central-services.permissions';
import type { Actor } from './actor';
import { actorFor, EVERYONE, OTHER_PLACE, OWN_PLACE, type Who } from '../testing/actors';

/*
 * The permission tables, written out as the product promises them: for each action, who may do it
 * in their OWN place and who may do it in ANOTHER place. Everything not listed is refused.
 * Every role × every action × own/other place is checked against `can`.
 */
type Expectation = { own: Who[]; other: Who[] };

const placeRules: Record<PlaceAction, Expectation> = {
	'place.create': { own: ['steward'], other: ['steward'] },
	'place.edit_story': { own: ['lead'], other: [] },
	'place.read_audit': { own: ['steward', 'lead', 'team_member', 'facilitator', 'moderator'], other: ['steward'] },
	'place.view_home': { own: ['lead', 'team_member', 'facilitator', 'moderator'], other: [] },
	// Nobody, for a place with a lead (the subject below does not say it has none): see 'places' below.
	'place.hand_over': { own: [], other: [] }
};

const teamRules: Record<TeamAction, Expectation> = {
	'team.view': { own: ['steward', 'lead', 'team_member', 'facilitator', 'moderator'], other: ['steward'] },
	'team.invite': { own: ['lead'], other: [] },
	'team.change_role': { own: ['lead'], other: [] },
	'team.remove_member': { own: ['lead'], other: [] },
	'team.revoke_invitation': { own: ['lead'], other: [] }
};

const cycleRules: Record<CycleAction, Expectation> = {
	'cycle.create': { own: ['lead', 'team_member'], other: [] },
	'cycle.edit': { own: ['lead', 'team_member'], other: [] },
	'phase.edit': { own: ['lead', 'team_member'], other: [] },
	'cycle.change_dates': { own: ['lead', 'team_member'], other: [] },
	'cycle.pause': { own: ['lead'], other: [] },
	'cycle.cancel': { own: ['lead'], other: [] }
};

const signedIn: Who[] = ['resident', 'steward', 'steward_without_2fa', 'lead', 'team_member', 'facilitator', 'moderator'];
const postRules: Record<PostAction, Expectation> = {
	// Until places' eligibility rules arrive, anyone signed in may take part anywhere.
	'post.create': { own: signedIn, other: signedIn },
	'post.support': { own: signedIn, other: signedIn },
	'post.flag': { own: signedIn, other: signedIn },
	'post.hide': { own: ['lead', 'moderator'], other: [] },
	// Nobody by role: only the post's author (below).
	'post.edit': { own: [], other: [] }
};

const budgetRules: Record<BudgetAction, Expectation> = {
	'budget.edit': { own: ['lead', 'team_member'], other: [] }
};

const votingRules: Record<VotingAction, Expectation> = {
	// Who may vote in a cycle is its eligibility rule (a status, not a refusal); staff vote as residents.
	'vote.cast': { own: signedIn, other: signedIn },
	'vote.configure': { own: ['lead', 'team_member'], other: [] },
	'register.upload': { own: ['lead', 'team_member'], other: [] },
	'letter_codes.generate': { own: ['lead', 'team_member'], other: [] },
	'paper.enter': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'paper.discard': { own: ['lead'], other: [] },
	'turnout.view': { own: ['lead', 'team_member', 'facilitator'], other: [] }
};

const resultRules: Record<ResultAction, Expectation> = {
	'results.count': { own: ['lead', 'team_member'], other: [] },
	'results.decide': { own: ['lead', 'team_member'], other: [] }
};

const deliveryRules: Record<DeliveryAction, Expectation> = {
	'delivery.manage': { own: ['lead', 'team_member'], other: [] },
	'delivery.follow': { own: signedIn, other: signedIn }
};

const learningRules: Record<LearningAction, Expectation> = {
	'learning.write': { own: ['lead', 'team_member', 'facilitator'], other: [] }
};

// Tagging proposals with themes for the library is the reviewers' (reading the library is public).
const libraryRules: Record<LibraryAction, Expectation> = {
	'library.tag_themes': { own: ['lead', 'team_member'], other: [] }
};

const workshopRules: Record<WorkshopAction, Expectation> = {
	'workshop.create': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'workshop.run': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'workshop.land': { own: ['lead', 'team_member', 'facilitator'], other: [] }
};

const challengeRules: Record<ChallengeAction, Expectation> = {
	'challenge.create': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'challenge.edit': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'challenge.publish': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'challenge.view_drafts': { own: ['lead', 'team_member', 'facilitator'], other: [] }
};

const proposalRules: Record<ProposalAction, Expectation> = {
	'proposal.create': { own: signedIn, other: signedIn },
	'proposal.flag': { own: signedIn, other: signedIn },
	// Nobody by place role: a group's admins (below).
	'proposal.create_as_group': { own: [], other: [] },
	// Nobody by place role: the proposal's own authors (below).
	'proposal.edit': { own: [], other: [] },
	'proposal.invite_coauthor': { own: [], other: [] },
	'proposal.hide': { own: ['lead', 'moderator'], other: [] },
	'proposal.review': { own: ['lead', 'team_member'], other: [] }
};

const commentRules: Record<CommentAction, Expectation> = {
	'comment.create': { own: signedIn, other: signedIn },
	'comment.flag': { own: signedIn, other: signedIn },
	'comment.create_as_group': { own: [], other: [] },
	'comment.hide': { own: ['lead', 'moderator'], other: [] }
};

const smallSumsRules: Record<SmallSumsAction, Expectation> = {
	// No approval step: the team spends; never another place's team, never the centre.
	'small_sums.spend': { own: ['lead', 'team_member'], other: [] },
	// The place's own setting: the lead sets it; the steward sees it and cannot change it.
	'small_sums.set_pot': { own: ['lead'], other: [] },
	'small_sums.view_settings': { own: ['steward', 'lead', 'team_member', 'facilitator', 'moderator'], other: ['steward'] }
};

const conversationRules: Record<ConversationAction, Expectation> = {
	// Anyone signed in answers and suggests, in any place, as they post and comment.
	'conversation.answer': { own: signedIn, other: signedIn },
	'conversation.suggest': { own: signedIn, other: signedIn },
	'conversation.run': { own: ['lead', 'team_member', 'facilitator'], other: [] },
	'conversation.moderate': { own: ['lead', 'team_member', 'moderator'], other: [] },
	'conversation.view_team': { own: ['lead', 'team_member', 'facilitator', 'moderator'], other: [] }
};

function table<A extends string>(rules: Record<A, Expectation>) {
	return (Object.keys(rules) as A[]).flatMap((action) =>
		EVERYONE.flatMap((who) => [
			{ action, who, where: 'own' as const, placeId: OWN_PLACE, allowed: rules[action].own.includes(who) },
			{ action, who, where: 'other' as const, placeId: OTHER_PLACE, allowed: rules[action].other.includes(who) }
		])
	);
}

describe('places', () => {
	it.each(table(placeRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnPlace(actorFor(who), action, { placeId })).toBe(allowed);
	});

	it('lets only a steward hand a new lead to a place, and only one with no lead left', () => {
		expect(canOnPlace(actorFor('steward'), 'place.hand_over', { placeId: OTHER_PLACE, hasLead: false })).toBe(true);
		expect(canOnPlace(actorFor('steward'), 'place.hand_over', { placeId: OTHER_PLACE, hasLead: true })).toBe(false);
		expect(canOnPlace(actorFor('steward_without_2fa'), 'place.hand_over', { placeId: OTHER_PLACE, hasLead: false })).toBe(false);
		for (const who of ['lead', 'team_member', 'resident', 'anonymous'] as const) {
			expect(canOnPlace(actorFor(who), 'place.hand_over', { placeId: OWN_PLACE, hasLead: false })).toBe(false);
		}
	});
});

describe('teams', () => {
	it.each(table(teamRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		// A steward's one team power is inviting a lead; the table above covers other roles.
		expect(canOnTeam(actorFor(who), action, { placeId, role: 'team_member' })).toBe(allowed);
	});

	it('lets a steward invite the lead of a place that has none, and nobody else', () => {
		expect(canOnTeam(actorFor('steward'), 'team.invite', { placeId: OTHER_PLACE, role: 'lead', placeHasLead: false })).toBe(true);
		expect(canOnTeam(actorFor('steward'), 'team.invite', { placeId: OTHER_PLACE, role: 'moderator', placeHasLead: false })).toBe(false);
		expect(canOnTeam(actorFor('steward_without_2fa'), 'team.invite', { placeId: OTHER_PLACE, role: 'lead', placeHasLead: false })).toBe(false);
	});

	it('refuses a steward every change to the team of a place that has a lead: it is the place’s own business', () => {
		expect(canOnTeam(actorFor('steward'), 'team.invite', { placeId: OTHER_PLACE, role: 'lead', placeHasLead: true })).toBe(false);
		// Not saying counts as having a lead (deny by default).
		expect(canOnTeam(actorFor('steward'), 'team.invite', { placeId: OTHER_PLACE, role: 'lead' })).toBe(false);
		for (const action of ['team.change_role', 'team.remove_member', 'team.revoke_invitation'] as const) {
			expect(canOnTeam(actorFor('steward'), action, { placeId: OTHER_PLACE, placeHasLead: false })).toBe(false);
		}
	});
});

describe('cycles', () => {
	it.each(table(cycleRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnCycle(actorFor(who), action, { placeId })).toBe(allowed);
	});

	it('never lets a steward change a place’s cycles: the centre serves, it does not steer', () => {
		for (const action of Object.keys(cycleRules) as CycleAction[]) {
			expect(canOnCycle(actorFor('steward'), action, { placeId: OWN_PLACE })).toBe(false);
		}
	});
});

describe('discover posts', () => {
	it.each(table(postRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnPost(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('discover posts: one’s own', () => {
	it.each(EVERYONE)('%s may edit a post only when they wrote it', (who) => {
		const actor = actorFor(who);
		const self = actor.kind === 'person' ? actor.userId : 'nobody';
		expect(canOnPost(actor, 'post.edit', { placeId: OWN_PLACE, authorUserId: self })).toBe(actor.kind === 'person');
		expect(canOnPost(actor, 'post.edit', { placeId: OWN_PLACE, authorUserId: 'someone-else' })).toBe(false);
		expect(canOnPost(actor, 'post.edit', { placeId: OWN_PLACE, authorUserId: null })).toBe(false);
	});
});

describe('pooled budgets', () => {
	it.each(table(budgetRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnBudget(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('results', () => {
	it.each(table(resultRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnResults(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('delivery', () => {
	it.each(table(deliveryRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnDelivery(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('small sums', () => {
	it.each(table(smallSumsRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnSmallSums(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('learning', () => {
	it.each(table(learningRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnLearning(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('library', () => {
	it.each(table(libraryRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnLibrary(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('workshops', () => {
	it.each(table(workshopRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnWorkshop(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('voting', () => {
	it.each(table(votingRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnVoting(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('challenges', () => {
	it.each(table(challengeRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnChallenge(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('proposals', () => {
	it.each(table(proposalRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnProposal(actorFor(who), action, { placeId, editorUserIds: [], roleInGroup: null })).toBe(allowed);
	});

	it.each(EVERYONE)('%s may edit and invite co-authors only as one of the proposal’s editors', (who) => {
		const actor = actorFor(who);
		const editors = actor.kind === 'person' ? [actor.userId] : [];
		for (const action of ['proposal.edit', 'proposal.invite_coauthor'] as const) {
			expect(canOnProposal(actor, action, { placeId: OTHER_PLACE, editorUserIds: editors })).toBe(actor.kind === 'person');
			expect(canOnProposal(actor, action, { placeId: OWN_PLACE, editorUserIds: ['someone-else'] })).toBe(false);
		}
	});

	it.each(EVERYONE)('%s may submit as a group only as its admin', (who) => {
		const actor = actorFor(who);
		expect(canOnProposal(actor, 'proposal.create_as_group', { placeId: OWN_PLACE, roleInGroup: 'admin' })).toBe(actor.kind === 'person');
		expect(canOnProposal(actor, 'proposal.create_as_group', { placeId: OWN_PLACE, roleInGroup: 'member' })).toBe(false);
		expect(canOnProposal(actor, 'proposal.create_as_group', { placeId: OWN_PLACE, roleInGroup: null })).toBe(false);
	});
});

describe('comments', () => {
	it.each(table(commentRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnComment(actorFor(who), action, { placeId, roleInGroup: null })).toBe(allowed);
	});

	it.each(EVERYONE)('%s may write as a group only as its admin', (who) => {
		const actor = actorFor(who);
		expect(canOnComment(actor, 'comment.create_as_group', { placeId: OWN_PLACE, roleInGroup: 'admin' })).toBe(actor.kind === 'person');
		expect(canOnComment(actor, 'comment.create_as_group', { placeId: OWN_PLACE, roleInGroup: 'member' })).toBe(false);
	});
});

describe('central services', () => {
	// A service's people are no place's team: two more kinds of person, one per service.
	const OWN_SERVICE = '00000000-0000-4000-8000-0000000000c1';
	const OTHER_SERVICE = '00000000-0000-4000-8000-0000000000c2';
	type ServiceWho = Who | 'responder' | 'other_responder';
	const serviceActor = (who: ServiceWho): Actor => {
		if (who === 'responder' || who === 'other_responder') {
			return { kind: 'person', userId: `user-${who}`, email: `${who}@example.org`, displayName: null, isSteward: false, roles: {}, answersFor: [who === 'responder' ? OWN_SERVICE : OTHER_SERVICE] };
		}
		return actorFor(who);
	};
	const everyone: ServiceWho[] = [...EVERYONE, 'responder', 'other_responder'];
	const staff: ServiceWho[] = ['steward', 'lead', 'team_member', 'facilitator', 'moderator', 'responder', 'other_responder'];
	// "own" is a request of the actor's own place to OWN_SERVICE; "other" another place's request to it.
	const rules: Record<CentralServiceAction, { own: ServiceWho[]; other: ServiceWho[] }> = {
		'service.create': { own: ['steward'], other: ['steward'] },
		'service.manage_people': { own: ['steward'], other: ['steward'] },
		'service.view': { own: staff, other: staff },
		'request.raise': { own: ['lead', 'team_member'], other: [] },
		'request.rate': { own: ['lead', 'team_member'], other: [] },
		// Only the named service's people, whichever place asked; never another service's, never a steward.
		'request.answer': { own: ['responder'], other: ['responder'] }
	};
	const rows = (Object.keys(rules) as CentralServiceAction[]).flatMap((action) =>
		everyone.flatMap((who) => [
			{ action, who, where: 'own', placeId: OWN_PLACE, allowed: rules[action].own.includes(who) },
			{ action, who, where: 'other', placeId: OTHER_PLACE, allowed: rules[action].other.includes(who) }
		])
	);

	it.each(rows)('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnCentralService(serviceActor(who), action, { placeId, serviceId: OWN_SERVICE })).toBe(allowed);
	});

	it('lets nobody answer a request that names no service', () => {
		expect(canOnCentralService(serviceActor('responder'), 'request.answer', { placeId: OWN_PLACE })).toBe(false);
	});

	it('gives an emailed-code session of a service’s person no power to answer (loadActor loads no services then)', () => {
		expect(canOnCentralService(actorFor('resident'), 'request.answer', { serviceId: OWN_SERVICE })).toBe(false);
	});
});

describe('conversations', () => {
	it.each(table(conversationRules))('$who on $action in $where place → $allowed', ({ action, who, placeId, allowed }) => {
		expect(canOnConversation(actorFor(who), action, { placeId })).toBe(allowed);
	});
});

describe('deny by default', () => {
	it('refuses an action no rule knows', () => {
		const lead = actorFor('lead');
		expect(canOnPlace(lead, 'place.delete' as PlaceAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnTeam(lead, 'team.everything' as TeamAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnCycle(lead, 'cycle.delete' as CycleAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnPost(lead, 'post.delete' as PostAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnVoting(lead, 'vote.delete' as VotingAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnBudget(lead, 'budget.delete' as BudgetAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnChallenge(lead, 'challenge.delete' as ChallengeAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnProposal(lead, 'proposal.delete' as ProposalAction, { placeId: OWN_PLACE, editorUserIds: [lead.kind === 'person' ? lead.userId : ''] })).toBe(false);
		expect(canOnComment(lead, 'comment.delete' as CommentAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnCentralService(lead, 'service.delete' as CentralServiceAction, { placeId: OWN_PLACE })).toBe(false);
		expect(canOnConversation(lead, 'conversation.delete' as ConversationAction, { placeId: OWN_PLACE })).toBe(false);
	});
});
