import { m } from '$lib/paraglide/messages';

export const roleName: Record<string, () => string> = {
	lead: m.role_lead,
	team_member: m.role_team_member,
	facilitator: m.role_facilitator,
	moderator: m.role_moderator
};
