import { getLocale } from '$lib/paraglide/runtime';
import type { Person } from '$lib/server/auth/actor';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { getMailer } from '$lib/server/platform/services';
import { changeMemberRole, removeMember, revokeInvitation } from '$lib/server/teams/change-team';
import { inviteToTeam } from '$lib/server/teams/invite-to-team';
import { canOnPlace } from '$lib/server/places/places.permissions';
import { canOnTeam } from '$lib/server/teams/teams.permissions';
import { listOpenInvitations, listTeam, placeHasLead } from '$lib/server/teams/teams.queries';
import { changeRoleForm, inviteForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import { handOverForm } from '$lib/validation/hand-over';
import { z } from 'zod';
import { failForm } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

const idForm = z.object({ id: z.uuid('member_unknown') });

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	const actor = authorize(locals.actor, canOnTeam, 'team.view', { placeId: place.id });
	const now = new Date();
	const hasLead = await placeHasLead(db, place.id);
	const onTeam = actor.roles[place.id] !== undefined;
	return {
		place,
		members: await listTeam(db, place.id),
		invitations: await listOpenInvitations(db, place.id, now),
		me: actor.userId,
		canManage: canOnTeam(actor, 'team.change_role', { placeId: place.id }),
		canInvite: canOnTeam(actor, 'team.invite', { placeId: place.id }),
		// A steward may give a place with no lead left a new one, with a reason; never change a team that has one.
		canHandOver: canHandOver(actor, place.id, hasLead),
		stewardLooking: actor.isSteward && !onTeam && hasLead
	};
};

function canHandOver(actor: Person, placeId: string, hasLead: boolean): boolean {
	return canOnPlace(actor, 'place.hand_over', { placeId, hasLead }) && canOnTeam(actor, 'team.invite', { placeId, role: 'lead', placeHasLead: hasLead });
}

export const actions = {
	invite: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const values = await readForm(event);
		const parsed = inviteForm.safeParse(values);
		// Who may invite depends on the role offered (a steward may invite only a lead).
		// A steward hands a place over through handOver, with a reason; here only the place's own lead invites.
		const role = parsed.success ? parsed.data.role : 'lead';
		const actor = authorize(event.locals.actor, canOnTeam, 'team.invite', { placeId: place.id, role });
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { form: 'invite', values });
		const result = await inviteToTeam(
			{ db, mailer: await getMailer(), now: new Date(), origin: event.url.origin },
			actor,
			{ place, email: parsed.data.email, role: parsed.data.role, locale: getLocale() }
		);
		if (!result.ok) return failForm(400, { email: result.error }, { form: 'invite', values });
		return { form: 'invite', done: 'invited', email: parsed.data.email };
	},
	handOver: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const hasLead = await placeHasLead(db, place.id);
		authorize(event.locals.actor, canOnPlace, 'place.hand_over', { placeId: place.id, hasLead });
		const actor = authorize(event.locals.actor, canOnTeam, 'team.invite', { placeId: place.id, role: 'lead', placeHasLead: hasLead });
		const values = await readForm(event);
		const parsed = handOverForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { form: 'handOver', values });
		const result = await inviteToTeam(
			{ db, mailer: await getMailer(), now: new Date(), origin: event.url.origin },
			actor,
			{ place, email: parsed.data.email, role: 'lead', locale: getLocale(), handOverReason: parsed.data.reason }
		);
		if (!result.ok) return failForm(400, { email: result.error }, { form: 'handOver', values });
		return { form: 'handOver', done: 'invited', email: parsed.data.email };
	},
	changeRole: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnTeam, 'team.change_role', { placeId: place.id });
		const values = await readForm(event);
		const parsed = changeRoleForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { form: 'members', values });
		const result = await changeMemberRole({ db, now: new Date() }, actor, { placeId: place.id, ...parsed.data });
		if (!result.ok) return failForm(400, { role: result.error }, { form: 'members', values });
		return { form: 'members', done: 'role_changed' };
	},
	remove: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnTeam, 'team.remove_member', { placeId: place.id });
		const parsed = idForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { member: 'member_unknown' }, { form: 'members' });
		const result = await removeMember({ db, now: new Date() }, actor, { placeId: place.id, membershipId: parsed.data.id });
		if (!result.ok) return failForm(400, { member: result.error }, { form: 'members' });
		return { form: 'members', done: 'removed' };
	},
	revoke: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnTeam, 'team.revoke_invitation', { placeId: place.id });
		const parsed = idForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { invitation: 'invitation_invalid' }, { form: 'invitations' });
		const result = await revokeInvitation({ db, now: new Date() }, actor, { placeId: place.id, invitationId: parsed.data.id });
		if (!result.ok) return failForm(400, { invitation: result.error }, { form: 'invitations' });
		return { form: 'invitations', done: 'revoked' };
	}
} satisfies Actions;
