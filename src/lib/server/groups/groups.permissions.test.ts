import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { actorFor } from '../testing/actors';
import { canOnGroup, type GroupAction, type GroupSubject } from './groups.permissions';
import type { GroupRole } from '../../groups/group-roles';

/*
 * The group permission table, as the product promises it: for each action, who may do it in their
 * OWN group and in ANOTHER group. Everything not listed is refused. The actor holds no group roles;
 * the route looks up the caller's role in the group it is acting on, as these subjects do.
 */
const OWN_GROUP = '00000000-0000-4000-8000-0000000000c1';
const OTHER_GROUP = '00000000-0000-4000-8000-0000000000c2';

type Who = 'anonymous' | 'resident' | 'admin' | 'member' | 'steward';
const EVERYONE: Who[] = ['anonymous', 'resident', 'admin', 'member', 'steward'];
type Expectation = { own: Who[]; other: Who[] };

const groupRules: Record<Exclude<GroupAction, 'group.create'>, Expectation> = {
	'group.edit': { own: ['admin'], other: [] },
	'group.see_member_emails': { own: ['admin'], other: [] },
	'group.add_member': { own: ['admin'], other: [] },
	'group.remove_member': { own: ['admin'], other: [] },
	'group.leave': { own: ['admin', 'member'], other: [] }
};

/** Admins and members of a group are residents: their group role is in the subject, not the actor. */
function actorAndRole(who: Who): { actor: Actor; ownRole: GroupRole | null } {
	if (who === 'admin' || who === 'member') return { actor: actorFor('resident'), ownRole: who };
	return { actor: actorFor(who), ownRole: null };
}

const subjectIn = (where: 'own' | 'other', who: Who): GroupSubject =>
	where === 'own' ? { groupId: OWN_GROUP, roleInGroup: actorAndRole(who).ownRole } : { groupId: OTHER_GROUP, roleInGroup: null };

const table = (Object.keys(groupRules) as (keyof typeof groupRules)[]).flatMap((action) =>
	EVERYONE.flatMap((who) =>
		(['own', 'other'] as const).map((where) => ({ action, who, where, allowed: groupRules[action][where].includes(who) }))
	)
);

describe('community groups', () => {
	it.each(table)('$who on $action in $where group → $allowed', ({ action, who, where, allowed }) => {
		expect(canOnGroup(actorAndRole(who).actor, action, subjectIn(where, who))).toBe(allowed);
	});

	it.each(EVERYONE.map((who) => ({ who, allowed: who !== 'anonymous' })))('$who may start a group → $allowed', ({ who, allowed }) => {
		expect(canOnGroup(actorAndRole(who).actor, 'group.create', { groupId: null, roleInGroup: null })).toBe(allowed);
	});

	it('gives a place lead no power over a group they are not an admin of', () => {
		for (const action of Object.keys(groupRules) as GroupAction[]) {
			expect(canOnGroup(actorFor('lead'), action, { groupId: OWN_GROUP, roleInGroup: null })).toBe(false);
		}
	});

	it('refuses admin actions when there is no group, whatever role is claimed', () => {
		expect(canOnGroup(actorFor('resident'), 'group.edit', { groupId: null, roleInGroup: 'admin' })).toBe(false);
		expect(canOnGroup(actorFor('resident'), 'group.leave', { groupId: null, roleInGroup: 'member' })).toBe(false);
	});

	it('refuses an action no rule knows', () => {
		expect(canOnGroup(actorFor('resident'), 'group.delete' as GroupAction, { groupId: OWN_GROUP, roleInGroup: 'admin' })).toBe(false);
	});
});
