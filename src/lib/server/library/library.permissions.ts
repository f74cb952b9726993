import { roleIn, type Actor } from '../auth/actor';

export type LibraryAction = 'library.tag_themes';

/**
 * Reading the library is public (no action). Tagging a proposal with themes (and so adding a theme
 * of the place's own) is the place team's (lead and team members, who review proposals); a facilitator,
 * a moderator, a steward or another place's team may not. Deny by default.
 */
export function canOnLibrary(actor: Actor, action: LibraryAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'library.tag_themes':
			return role === 'lead' || role === 'team_member';
		default:
			return false;
	}
}
