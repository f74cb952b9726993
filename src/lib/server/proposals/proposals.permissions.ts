import { roleIn, type Actor } from '../auth/actor';
import type { GroupRole } from '../../groups/group-roles';

export type ProposalAction =
	| 'proposal.create'
	| 'proposal.create_as_group'
	| 'proposal.edit'
	| 'proposal.invite_coauthor'
	| 'proposal.flag'
	| 'proposal.hide'
	| 'proposal.review';

/**
 * What the check needs to know about the proposal. The actor carries place roles only, so the route
 * fills in who may edit this proposal (its author, accepted co-authors and, for a group's proposal,
 * the group's admins) and, when submitting as a group, the caller's role in that group.
 */
export interface ProposalSubject {
	placeId: string;
	editorUserIds?: readonly string[];
	roleInGroup?: GroupRole | null;
}

/**
 * Anyone signed in may propose, and report a proposal (eligibility rules per place arrive with the
 * vote). Only a group's admins speak for it as the organisation. Editing is for the proposal's own
 * authors; when it may still be edited (phase open, not yet reviewed) is a rule of the domain, not
 * of who you are. The place team reviews feasibility and cost; its moderators and lead hide with a
 * published reason. A steward does none of this: the place decides. Deny by default.
 */
export function canOnProposal(actor: Actor, action: ProposalAction, subject: ProposalSubject): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'proposal.create':
		case 'proposal.flag':
			return true;
		case 'proposal.create_as_group':
			return subject.roleInGroup === 'admin';
		case 'proposal.edit':
		case 'proposal.invite_coauthor':
			return (subject.editorUserIds ?? []).includes(actor.userId);
		case 'proposal.hide':
			return role === 'moderator' || role === 'lead';
		case 'proposal.review':
			return role === 'lead' || role === 'team_member';
		default:
			return false;
	}
}
