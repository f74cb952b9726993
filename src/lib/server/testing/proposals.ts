import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import type { Person } from '../auth/actor';
import { findPublishedCycle } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { communityGroups, groupMembers } from '../groups/groups.table';
import { places } from '../places/places.table';
import type { PlaceRole } from '../../teams/place-roles';

/*
 * A place with one active cycle whose co-create phase runs through March 2026, for the proposal
 * tests. Not a test itself: the *.db.test.ts files beside it share it.
 */
export const during = new Date('2026-03-10T12:00:00Z');
export const afterCoCreate = new Date('2026-04-02T00:00:00Z');

export async function seedCoCreateCycle(db: Database, settings: Record<string, unknown> = {}, slug = 'p') {
	const [place] = await db.insert(places).values({ slug, name: { en: 'P' }, summary: {}, areaDescription: {}, teamDescription: {} }).returning();
	const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
	await db.insert(phases).values([
		{ placeId: place.id, cycleId: cycle.id, kind: 'discover', position: 1, opensAt: new Date('2026-02-01T00:00:00Z'), closesAt: new Date('2026-03-01T00:00:00Z'), settings: {} },
		{ placeId: place.id, cycleId: cycle.id, kind: 'co_create', position: 2, opensAt: new Date('2026-03-01T00:00:00Z'), closesAt: new Date('2026-04-01T00:00:00Z'), settings }
	]);
	return { place, loadCycle: async () => (await findPublishedCycle(db, place.id, 'c'))! };
}

export async function addPerson(db: Database, email: string, roles: Record<string, PlaceRole> = {}, displayName: string | null = null): Promise<Person> {
	const [user] = await db.insert(users).values({ email, displayName }).returning();
	return { kind: 'person', userId: user.id, email: user.email, displayName, isSteward: false, roles };
}

export async function addGroup(db: Database, slug: string, admins: Person[], members: Person[] = []) {
	const [group] = await db.insert(communityGroups).values({ slug, name: `Group ${slug}` }).returning();
	const rows = [...admins.map((p) => ({ userId: p.userId, role: 'admin' as const })), ...members.map((p) => ({ userId: p.userId, role: 'member' as const }))];
	if (rows.length) await db.insert(groupMembers).values(rows.map((r) => ({ ...r, groupId: group.id })));
	return group;
}

export function recordingMailer() {
	const sent: Parameters<MailSender['send']>[0][] = [];
	const mailer: MailSender = { send: async (message) => void sent.push(message) };
	return { sent, mailer };
}

export const someText = (title: string, estimatedCostMinor = 1_200_00) => ({
	title,
	summary: `${title}, in a sentence.`,
	details: '',
	estimatedCostMinor,
	locationText: null,
	challengeId: null
});
