import { m } from '$lib/paraglide/messages';
import type { PlaceRole } from '$lib/teams/place-roles';

export const roleName: Record<PlaceRole, () => string> = {
	lead: m.role_lead,
	team_member: m.role_team_member,
	facilitator: m.role_facilitator,
	moderator: m.role_moderator
};
