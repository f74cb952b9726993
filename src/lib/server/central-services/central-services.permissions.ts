import { roleIn, type Actor } from '../auth/actor';

export type CentralServiceAction = 'service.create' | 'service.manage_people' | 'service.view' | 'request.raise' | 'request.answer' | 'request.rate';

/**
 * The centre answers to places, not the other way round. Stewards list the services and name who
 * answers for each; a place's lead and team members raise requests and rate them; only the people of
 * the named service answer. Every place team, every service's people and stewards see every
 * service's page (its requests, answer times and ratings), so the centre is held to account in the
 * open. Deny by default: a subject that names no service answers for nobody.
 */
export function canOnCentralService(actor: Actor, action: CentralServiceAction, subject: { placeId?: string; serviceId?: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = subject.placeId ? roleIn(actor, subject.placeId) : null;
	switch (action) {
		case 'service.create':
		case 'service.manage_people':
			return actor.isSteward;
		case 'service.view':
			return actor.isSteward || Object.keys(actor.roles).length > 0 || (actor.answersFor ?? []).length > 0;
		case 'request.raise':
		case 'request.rate':
			return role === 'lead' || role === 'team_member';
		case 'request.answer':
			return subject.serviceId !== undefined && (actor.answersFor ?? []).includes(subject.serviceId);
		default:
			return false;
	}
}
