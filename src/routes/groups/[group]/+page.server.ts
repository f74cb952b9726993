import type { Actor } from '$lib/server/auth/actor';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase, type Database } from '$lib/server/platform/db';
import { addGroupMember } from '$lib/server/groups/add-group-member';
import { canOnGroup, type GroupSubject } from '$lib/server/groups/groups.permissions';
import { countGroupMembers, findGroupMembership, listGroupMembers } from '$lib/server/groups/groups.queries';
import { removeGroupMember } from '$lib/server/groups/remove-group-member';
import { updateGroup } from '$lib/server/groups/update-group';
import { failForm } from '$lib/server/platform/http/form-failure';
import { groupOr404 } from '$lib/server/groups/group-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { listGroupProposals } from '$lib/server/proposals/proposal-lookups.queries';
import { fieldErrors } from '$lib/validation/fields';
import { addGroupMemberForm, groupDetailsForm, groupMemberIdForm } from '$lib/validation/groups';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The group from the URL and what the caller is in it: the actor knows place roles only. */
async function groupAndSubject(db: Database, slug: string, actor: Actor) {
	const group = await groupOr404(db, slug);
	const membership = actor.kind === 'person' ? await findGroupMembership(db, group.id, actor.userId) : null;
	const subject: GroupSubject = { groupId: group.id, roleInGroup: membership?.role ?? null };
	return { group, membership, subject };
}

const open = async (event: RequestEvent) => {
	const db = await getDatabase();
	return { db, now: new Date(), ...(await groupAndSubject(db, event.params.group, event.locals.actor)) };
};

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { group, membership, subject } = await groupAndSubject(db, params.group, locals.actor);
	const canManage = canOnGroup(locals.actor, 'group.see_member_emails', subject);
	return {
		group,
		memberCount: await countGroupMembers(db, group.id),
		myRole: membership?.role ?? null,
		me: locals.actor.kind === 'person' ? locals.actor.userId : null,
		canManage,
		canLeave: canOnGroup(locals.actor, 'group.leave', subject),
		// Residents' addresses are never public: only the group's admins get the list with emails.
		members: canManage ? await listGroupMembers(db, group.id, { withEmails: true }) : [],
		// What the group has proposed as the organisation, in every place.
		proposals: await listGroupProposals(db, group.id)
	};
};

export const actions = {
	edit: async (event) => {
		const { db, now, group, subject } = await open(event);
		const actor = authorize(event.locals.actor, canOnGroup, 'group.edit', subject);
		const values = await readForm(event);
		const parsed = groupDetailsForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { form: 'edit', values });
		const result = await updateGroup({ db, now }, actor, { groupId: group.id, ...parsed.data });
		if (!result.ok) return failForm(400, { name: result.error }, { form: 'edit', values });
		return { form: 'edit', done: 'updated' };
	},
	addMember: async (event) => {
		const { db, now, group, subject } = await open(event);
		const actor = authorize(event.locals.actor, canOnGroup, 'group.add_member', subject);
		const values = await readForm(event);
		const parsed = addGroupMemberForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { form: 'add', values });
		const result = await addGroupMember({ db, now }, actor, { groupId: group.id, ...parsed.data });
		if (!result.ok) return failForm(400, { email: result.error }, { form: 'add', values });
		return { form: 'add', done: 'added', email: parsed.data.email };
	},
	removeMember: async (event) => {
		const { db, now, group, subject } = await open(event);
		const actor = authorize(event.locals.actor, canOnGroup, 'group.remove_member', subject);
		const parsed = groupMemberIdForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { member: 'not_in_group' }, { form: 'members' });
		const result = await removeGroupMember({ db, now }, actor, { groupId: group.id, memberId: parsed.data.memberId });
		if (!result.ok) return failForm(400, { member: result.error }, { form: 'members' });
		return { form: 'members', done: 'removed' };
	},
	leave: async (event) => {
		const { db, now, group, membership, subject } = await open(event);
		const actor = authorize(event.locals.actor, canOnGroup, 'group.leave', subject);
		const result = await removeGroupMember({ db, now }, actor, { groupId: group.id, memberId: membership!.id });
		if (!result.ok) return failForm(400, { leave: result.error }, { form: 'leave' });
		return { form: 'leave', done: 'left' };
	}
} satisfies Actions;
