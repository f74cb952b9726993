import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeStoryForm } from '../../validation/place-story';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { acceptInvitation } from '../teams/accept-invitation';
import { testDatabases } from '../testing/databases';
import { findServablePhoto } from '../photos/photos.queries';
import { processPhoto, type ProcessedPhoto } from '../photos/process-photo';
import { makePhoneJpeg } from '../testing/photos';
import { inviteToTeam } from '../teams/invite-to-team';
import { invitations, placeMemberships } from '../teams/teams.table';
import { placeHasLead } from '../teams/teams.queries';
import { addPlacePhoto, findPlacePhoto } from './place-photo';
import { places, type Place } from './places.table';
import { updatePlaceStory } from './update-place-story';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-01T10:00:00Z');
const form = placeStoryForm(['en', 'cy']);
const noMail = { send: async () => {} };

describe.each(testDatabases())('a place tells its own story on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let place: Place;
	let other: Place;
	let lead: Person;
	let steward: Person;
	let jpeg: ProcessedPhoto;
	const storyOf = async (id: string) => (await handle.db.select().from(places).where(eq(places.id, id)))[0];
	const eventsOf = (placeId: string, action: string) =>
		handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, placeId), eq(auditEvents.action, action)));

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		[place, other] = await db
			.insert(places)
			.values([
				{ slug: 'riverside', name: { en: 'Riverside', fr: 'Bord de rivière' }, summary: { en: 'New here' }, areaDescription: {}, teamDescription: {}, languages: ['en'] },
				{ slug: 'other', name: { en: 'Other' }, summary: {}, areaDescription: {}, teamDescription: {} }
			])
			.returning();
		const [leadUser, stewardUser] = await db.insert(users).values([{ email: 'lead@example.org' }, { email: 'steward@example.org', isSteward: true }]).returning();
		lead = { kind: 'person', userId: leadUser.id, email: leadUser.email, displayName: null, isSteward: false, roles: { [place.id]: 'lead' } };
		steward = { kind: 'person', userId: stewardUser.id, email: stewardUser.email, displayName: null, isSteward: true, roles: {} };
		const processed = await processPhoto(new Uint8Array(await makePhoneJpeg()));
		if (!processed.ok) throw new Error(processed.error);
		jpeg = processed.photo;
	});
	afterAll(() => handle.close());

	it('saves the story in English and Welsh, Welsh as the main language, and records what changed', async () => {
		const story = form.parse({
			language_en: 'yes',
			language_cy: 'yes',
			mainLanguage: 'cy',
			name_en: 'Riverside',
			name_cy: 'Glan yr Afon',
			summary_en: 'Our story',
			summary_cy: 'Ein stori',
			area_en: 'Flats by the river',
			timeZone: 'Europe/Dublin'
		});
		expect(await updatePlaceStory({ db: handle.db, now }, lead, { placeId: place.id, story })).toEqual({
			ok: true,
			changed: ['name', 'summary', 'areaDescription', 'languages', 'timeZone']
		});
		const saved = await storyOf(place.id);
		expect(saved).toMatchObject({
			name: { en: 'Riverside', cy: 'Glan yr Afon', fr: 'Bord de rivière' },
			summary: { en: 'Our story', cy: 'Ein stori' },
			areaDescription: { en: 'Flats by the river' },
			teamDescription: {},
			languages: ['cy', 'en'],
			timeZone: 'Europe/Dublin'
		});
		const [event] = await eventsOf(place.id, 'place.story_changed');
		expect(event).toMatchObject({ actorUserId: lead.userId, subjectId: place.id });
		expect(event.details).toEqual({
			changed: ['name', 'summary', 'areaDescription', 'languages', 'timeZone'],
			languagesBefore: ['en'],
			languagesAfter: ['cy', 'en'],
			timeZoneBefore: 'Europe/London',
			timeZoneAfter: 'Europe/Dublin'
		});
		expect(await storyOf(other.id)).toMatchObject({ name: { en: 'Other' }, languages: ['en'] });
	});

	it('keeps the Welsh text when Welsh is switched off, so it is there again when switched back on', async () => {
		const saved = await storyOf(place.id);
		// The form shows every language's fields filled with what is stored; the lead unticks Welsh only.
		const story = form.parse({ language_en: 'yes', name_en: 'Riverside', name_cy: 'Glan yr Afon', summary_en: 'Our story', summary_cy: 'Ein stori', area_en: 'Flats by the river', timeZone: saved.timeZone });
		expect(await updatePlaceStory({ db: handle.db, now }, lead, { placeId: place.id, story })).toEqual({ ok: true, changed: ['languages'] });
		expect(await storyOf(place.id)).toMatchObject({ languages: ['en'], summary: { en: 'Our story', cy: 'Ein stori' }, name: { cy: 'Glan yr Afon' } });
	});

	it('records nothing when nothing changed, and removes only the text the lead emptied', async () => {
		const before = (await eventsOf(place.id, 'place.story_changed')).length;
		const same = form.parse({ language_en: 'yes', name_en: 'Riverside', name_cy: 'Glan yr Afon', summary_en: 'Our story', summary_cy: 'Ein stori', area_en: 'Flats by the river', timeZone: 'Europe/Dublin' });
		expect(await updatePlaceStory({ db: handle.db, now }, lead, { placeId: place.id, story: same })).toEqual({ ok: true, changed: [] });
		expect(await eventsOf(place.id, 'place.story_changed')).toHaveLength(before);
		const emptied = form.parse({ language_en: 'yes', name_en: 'Riverside', name_cy: 'Glan yr Afon', summary_en: 'Our story', area_en: 'Flats by the river', timeZone: 'Europe/Dublin' });
		expect(await updatePlaceStory({ db: handle.db, now }, lead, { placeId: place.id, story: emptied })).toEqual({ ok: true, changed: ['summary'] });
		expect((await storyOf(place.id)).summary).toEqual({ en: 'Our story' });
	});

	it('shows the newest photo of the place, keeps the older one, and records both', async () => {
		expect(await findPlacePhoto(handle.db, place.id)).toBeNull();
		const first = await addPlacePhoto({ db: handle.db, now }, lead, { placeId: place.id, upload: { photo: jpeg, altText: 'The river in spring' } });
		const second = await addPlacePhoto({ db: handle.db, now: new Date(now.getTime() + 60_000) }, lead, { placeId: place.id, upload: { photo: jpeg, altText: 'The new bridge' } });
		expect(await findPlacePhoto(handle.db, place.id)).toMatchObject({ id: second.photoId, altText: 'The new bridge' });
		expect(await findPlacePhoto(handle.db, other.id)).toBeNull();
		expect(await findServablePhoto(handle.db, { photoId: first.photoId, size: 'small' })).not.toBeNull();
		expect((await eventsOf(place.id, 'place.photo_added')).map((e) => e.details)).toEqual([{ description: 'The river in spring' }, { description: 'The new bridge' }]);
	});

	it('a steward hands a place with no lead to a new one, with the reason on the place record', async () => {
		expect(await placeHasLead(handle.db, other.id)).toBe(false);
		const deps = { db: handle.db, mailer: noMail, now, origin: 'http://localhost' };
		const handOver = { place: other, email: 'New.Lead@example.org', role: 'lead' as const, locale: 'en' as const, handOverReason: 'The lead moved away' };
		expect(await inviteToTeam(deps, steward, handOver)).toEqual({ ok: true });
		const [event] = await eventsOf(other.id, 'team.lead_handed_over');
		expect(event).toMatchObject({ actorUserId: steward.userId, details: { email: 'new.lead@example.org', reason: 'The lead moved away' } });

		// Once the place has a lead, a hand-over is refused and nothing is sent or recorded.
		await handle.db.insert(placeMemberships).values({ placeId: other.id, userId: lead.userId, role: 'lead' });
		expect(await placeHasLead(handle.db, other.id)).toBe(true);
		expect(await inviteToTeam(deps, steward, { ...handOver, email: 'second@example.org' })).toEqual({ ok: false, error: 'place_has_lead' });
		expect(await handle.db.select().from(invitations).where(eq(invitations.email, 'second@example.org'))).toEqual([]);
		expect(await eventsOf(other.id, 'team.lead_handed_over')).toHaveLength(1);
	});

	it('a steward’s lead invitation no longer stands once the place has a lead: accepting it is refused', async () => {
		const third = await insertPlace(handle.db, { slug: `third-${Date.now()}`, name: { en: 'Third' } });
		const sent: string[] = [];
		const deps = { db: handle.db, mailer: { send: async (message: { text: string }) => void sent.push(message.text) }, now, origin: 'http://localhost' };
		// The steward hands the empty place to two people in turn (the first never answered)…
		for (const email of ['first@example.org', 'second@example.org']) {
			expect(await inviteToTeam(deps, steward, { place: third, email, role: 'lead', locale: 'en', handOverReason: 'No lead yet' })).toEqual({ ok: true });
		}
		const tokens = sent.map((text) => text.match(/\/invitations\/(\w+)/)![1]);
		// … the second joins, so the first one's invitation no longer makes anyone a lead.
		expect(await acceptInvitation({ db: handle.db, now }, { token: tokens[1], signedInUser: null, displayName: 'Second', password: 'a long enough password' })).toMatchObject({ ok: true });
		expect(await acceptInvitation({ db: handle.db, now }, { token: tokens[0], signedInUser: null, displayName: 'First', password: 'a long enough password' })).toEqual({ ok: false, error: 'place_has_lead' });
		const leads = await handle.db.select().from(placeMemberships).where(eq(placeMemberships.placeId, third.id));
		expect(leads.map((m) => m.role)).toEqual(['lead']);
	});
});
