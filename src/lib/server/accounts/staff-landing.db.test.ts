import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { places } from '../places/places.table';
import { placeMemberships } from '../teams/teams.table';
import { users } from './accounts.table';
import { centralServiceResponders, centralServices } from '../central-services/central-services.table';
import { staffLandingPath } from './staff-landing';

describe.each(testDatabases())('where a staff sign-in lands, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	const person = async (email: string, isSteward = false) => (await handle.db.insert(users).values({ email, isSteward }).returning())[0];

	beforeAll(async () => {
		handle = await open();
		const rows = [{ slug: 'brookfield' }, { slug: 'northgate' }].map((p) => ({ ...p, name: { en: p.slug }, summary: {}, areaDescription: {}, teamDescription: {} }));
		const [brookfield, northgate] = await handle.db.insert(places).values(rows).returning();
		const one = await person('one@example.org');
		const two = await person('two@example.org');
		const stewardWithPlace = await person('steward-lead@example.org', true);
		await handle.db.insert(placeMemberships).values([
			{ placeId: brookfield.id, userId: one.id, role: 'facilitator' },
			{ placeId: brookfield.id, userId: two.id, role: 'lead' },
			{ placeId: northgate.id, userId: two.id, role: 'moderator' },
			{ placeId: northgate.id, userId: stewardWithPlace.id, role: 'lead' }
		]);
		await person('steward@example.org', true);
		await person('nobody@example.org');
		const [repairs] = await handle.db.insert(centralServices).values({ slug: 'repairs', name: { en: 'Repairs' } }).returning();
		await handle.db.insert(centralServiceResponders).values({ serviceId: repairs.id, userId: (await person('repairs@example.org')).id });
	});
	afterAll(() => handle.close());

	const landing = async (email: string) => {
		const user = (await handle.db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, email) }))!;
		return staffLandingPath(handle.db, user);
	};

	it('someone on one team lands on that place’s home', async () => {
		expect(await landing('one@example.org')).toBe('/places/brookfield/home');
		expect(await landing('steward-lead@example.org')).toBe('/places/northgate/home');
	});

	it('someone on several teams chooses a place', async () => {
		expect(await landing('two@example.org')).toBe('/staff/places');
	});

	it('a steward with no place goes to the steward area, and anyone else to their account', async () => {
		expect(await landing('steward@example.org')).toBe('/steward');
		expect(await landing('nobody@example.org')).toBe('/account');
	});

	it('someone who answers for a central service, on no team, goes to the central services', async () => {
		expect(await landing('repairs@example.org')).toBe('/services');
	});
});
