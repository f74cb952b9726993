import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { addGroupMember } from './add-group-member';
import { createGroup } from './create-group';
import { findGroupBySlug, findGroupMembership, listGroupMembers, listGroups } from './groups.queries';
import { removeGroupMember } from './remove-group-member';
import { updateGroup } from './update-group';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('community groups on $name', ({ open }) => {
	// One database for the file: each test makes its own people and groups.
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());
	const deps = () => ({ db: handle.db, now });

	async function person(email: string, displayName: string | null = null): Promise<Person> {
		const [user] = await handle.db.insert(users).values({ email, displayName, emailVerifiedAt: now }).returning();
		return { kind: 'person', userId: user.id, email, displayName, isSteward: false, roles: {} };
	}
	async function groupBy(admin: Person, slug: string) {
		const created = await createGroup(deps(), admin, { slug, name: `Group ${slug}`, description: '' });
		if (!created.ok) throw new Error(created.error);
		return created.group;
	}
	const eventsAbout = (groupId: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.subjectId, groupId));

	it('makes the person who starts a group its admin, and records it in the accounts chain', async () => {
		const founder = await person('founder@example.org');
		const group = await groupBy(founder, 'tenants-of-oak-road');
		expect(await findGroupMembership(handle.db, group.id, founder.userId)).toMatchObject({ role: 'admin' });
		expect(await findGroupBySlug(handle.db, 'tenants-of-oak-road')).toMatchObject({ id: group.id, name: 'Group tenants-of-oak-road' });
		const [event] = await eventsAbout(group.id);
		expect(event).toMatchObject({ chain: 'accounts', action: 'group.created', actorUserId: founder.userId, details: { slug: 'tenants-of-oak-road' } });
		expect(await verifyAuditChain(handle.db, 'accounts')).toMatchObject({ ok: true });
		expect((await listGroups(handle.db)).find((g) => g.slug === 'tenants-of-oak-road')).toMatchObject({ memberCount: 1 });
	});

	it('refuses a web address another group has, and creates nothing', async () => {
		const first = await person('first-founder@example.org');
		const second = await person('second-founder@example.org');
		await groupBy(first, 'allotment-friends');
		const again = await createGroup(deps(), second, { slug: 'allotment-friends', name: 'Copycat', description: '' });
		expect(again).toEqual({ ok: false, error: 'slug_taken' });
		expect((await listGroups(handle.db)).filter((g) => g.slug === 'allotment-friends')).toHaveLength(1);
	});

	it('changes the name and description, with a record of the change', async () => {
		const admin = await person('editor@example.org');
		const group = await groupBy(admin, 'choir');
		expect(await updateGroup(deps(), admin, { groupId: group.id, name: 'Brookfield Choir', description: 'We sing.' })).toEqual({ ok: true });
		expect(await findGroupBySlug(handle.db, 'choir')).toMatchObject({ name: 'Brookfield Choir', description: 'We sing.' });
		expect((await eventsAbout(group.id)).map((e) => e.action)).toEqual(['group.created', 'group.updated']);
	});

	it('adds someone who has signed in before, by any spelling of their address', async () => {
		const admin = await person('adder@example.org');
		const newcomer = await person('newcomer@example.org', 'Nia');
		const group = await groupBy(admin, 'walkers');
		expect(await addGroupMember(deps(), admin, { groupId: group.id, email: ' NewComer@Example.org ', role: 'member' })).toEqual({ ok: true });
		expect(await findGroupMembership(handle.db, group.id, newcomer.userId)).toMatchObject({ role: 'member' });
		expect((await eventsAbout(group.id)).at(-1)).toMatchObject({ action: 'group.member_added', details: { email: 'newcomer@example.org', role: 'member' } });
		expect(await addGroupMember(deps(), admin, { groupId: group.id, email: 'newcomer@example.org', role: 'admin' })).toEqual({
			ok: false,
			error: 'already_in_group'
		});
	});

	it('refuses to add an address nobody has signed in with, and makes no account for it', async () => {
		const admin = await person('careful@example.org');
		const group = await groupBy(admin, 'book-club');
		expect(await addGroupMember(deps(), admin, { groupId: group.id, email: 'stranger@example.org', role: 'member' })).toEqual({
			ok: false,
			error: 'person_unknown'
		});
		expect(await handle.db.select().from(users).where(eq(users.email, 'stranger@example.org'))).toEqual([]);
		expect(await eventsAbout(group.id)).toHaveLength(1);
	});

	it('keeps the last admin: they can be neither removed nor leave, until another admin exists', async () => {
		const admin = await person('only-admin@example.org');
		const helper = await person('helper@example.org');
		const group = await groupBy(admin, 'litter-pickers');
		const own = (await findGroupMembership(handle.db, group.id, admin.userId))!;
		expect(await removeGroupMember(deps(), admin, { groupId: group.id, memberId: own.id })).toEqual({ ok: false, error: 'last_admin' });

		await addGroupMember(deps(), admin, { groupId: group.id, email: helper.email, role: 'admin' });
		expect(await removeGroupMember(deps(), admin, { groupId: group.id, memberId: own.id })).toEqual({ ok: true });
		expect(await findGroupMembership(handle.db, group.id, admin.userId)).toBeNull();
		expect((await eventsAbout(group.id)).at(-1)).toMatchObject({ action: 'group.member_left', details: { email: admin.email, role: 'admin' } });
	});

	it('never removes a member of another group through this one', async () => {
		const adminA = await person('admin-a@example.org');
		const adminB = await person('admin-b@example.org');
		const groupA = await groupBy(adminA, 'group-a');
		const groupB = await groupBy(adminB, 'group-b');
		const memberOfB = (await findGroupMembership(handle.db, groupB.id, adminB.userId))!;
		expect(await removeGroupMember(deps(), adminA, { groupId: groupA.id, memberId: memberOfB.id })).toEqual({ ok: false, error: 'not_in_group' });
		expect(await findGroupMembership(handle.db, groupB.id, adminB.userId)).not.toBeNull();
	});

	it('lists members by name, admins first, and shows addresses only when asked', async () => {
		const admin = await person('kai.smith@example.org', 'Kai');
		await person('jo.bloggs@example.org');
		const group = await groupBy(admin, 'gardeners');
		await addGroupMember(deps(), admin, { groupId: group.id, email: 'jo.bloggs@example.org', role: 'member' });
		expect((await listGroupMembers(handle.db, group.id, { withEmails: false })).map(({ name, email, role }) => ({ name, email, role }))).toEqual([
			{ name: 'Kai', email: null, role: 'admin' },
			{ name: 'jo.bloggs', email: null, role: 'member' }
		]);
		expect((await listGroupMembers(handle.db, group.id, { withEmails: true })).map((m) => m.email)).toEqual(['kai.smith@example.org', 'jo.bloggs@example.org']);
	});
});
