import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { findServablePhoto } from '../photos/photos.queries';
import { processPhoto } from '../photos/process-photo';
import { testDatabases } from '../testing/databases';
import { makePhoneJpeg } from '../testing/photos';
import { insertPlace } from '../testing/places';
import { addPerson } from '../testing/proposals';
import { correctSpend, recordSpend, type SpendInput } from './record-spend';
import { setPot } from './set-pot';
import { currentPot, listAllSpends, listPots, listSpends } from './small-sums.queries';
import { smallSumsSpends } from './small-sums.table';

const now = new Date('2026-07-18T10:00:00Z');
const tea: SpendInput = { item: 'Tea and biscuits', supplier: 'Co-op', amountMinor: 4_000, purpose: 'Drop-in for carers', category: 'refreshments', receiptPublic: false, receipt: null };

describe.each(testDatabases())('small sums on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let place: { id: string; timeZone: string };
	let lead: Person;
	let member: Person;
	const deps = () => ({ db: handle.db, now });
	const pot = async (placeId = place.id) => currentPot(await listPots(handle.db, placeId), '2026-07-18')!;

	beforeAll(async () => {
		handle = await open();
		place = await insertPlace(handle.db, { slug: 'small-sums' });
		lead = await addPerson(handle.db, 'lead@small-sums.example', { [place.id]: 'lead' });
		member = await addPerson(handle.db, 'member@small-sums.example', { [place.id]: 'team_member' });
		const set = await setPot(deps(), lead, place.id, { amountMinor: 150_000, funderName: 'Brookfield Homes', startsOn: '2026-07-01', endsOn: '2026-09-30', spendLimitMinor: 15_000 });
		expect(set.ok).toBe(true);
	});
	afterAll(() => handle.close());

	it('records a team member’s spend at once and puts it on the place’s audit record', async () => {
		const spent = await recordSpend(deps(), member, place, tea);
		expect(spent.ok).toBe(true);
		expect(await pot()).toMatchObject({ spentMinor: 4_000, leftMinor: 146_000 });
		const [audited] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, place.id), eq(auditEvents.action, 'small_sums.spend_recorded')));
		expect(audited.details).toMatchObject({ item: 'Tea and biscuits', amountMinor: 4_000, spentOn: '2026-07-18' });
	});

	it('refuses a spend over the limit for one spend, and says what the limit is', async () => {
		expect(await recordSpend(deps(), member, place, { ...tea, amountMinor: 15_001 })).toEqual({ ok: false, error: 'small_sums_over_limit', amounts: expect.objectContaining({ limit: 15_000 }) });
	});

	it('refuses anyone who is not the place’s lead or team member, whatever the route did', async () => {
		const facilitator = await addPerson(handle.db, 'facilitator@small-sums.example', { [place.id]: 'facilitator' });
		expect(await recordSpend(deps(), facilitator, place, tea)).toEqual({ ok: false, error: 'forbidden' });
		expect(await setPot(deps(), member, place.id, { amountMinor: 1, funderName: 'x', startsOn: '2027-01-01', endsOn: '2027-01-02', spendLimitMinor: 1 })).toEqual({ ok: false, error: 'forbidden' });
	});

	it('corrects a spend with a new line and its reason; the first line stays as it was', async () => {
		const [first] = (await listAllSpends(handle.db, place.id)).filter((line) => line.item === 'Tea and biscuits');
		expect(await correctSpend(deps(), member, place, { spendId: first.id, correctMinor: 4_000, reason: 'no change' })).toEqual({ ok: false, error: 'small_sums_correction_same' });
		expect((await correctSpend(deps(), member, place, { spendId: first.id, correctMinor: 3_550, reason: 'Co-op gave a member’s discount' })).ok).toBe(true);
		const lines = await listAllSpends(handle.db, place.id);
		expect(lines.find((line) => line.id === first.id)).toMatchObject({ amountMinor: 4_000, corrects: null });
		const correction = lines.find((line) => line.corrects?.id === first.id)!;
		expect(correction).toMatchObject({ amountMinor: -450, reason: 'Co-op gave a member’s discount', item: 'Tea and biscuits' });
		expect(await correctSpend(deps(), member, place, { spendId: first.id, correctMinor: 15_500, reason: 'more' })).toMatchObject({ ok: false, error: 'small_sums_over_limit' });
		expect(await correctSpend(deps(), member, place, { spendId: correction.id, correctMinor: 0, reason: 'a correction is not corrected' })).toMatchObject({ ok: false, error: 'small_sums_spend_unknown' });
	});

	it('keeps a receipt private unless the team ticks so', async () => {
		const processed = await processPhoto(new Uint8Array(await makePhoneJpeg()));
		if (!processed.ok) throw new Error(processed.error);
		const receipt = { photo: processed.photo, altText: 'Receipt' };
		await recordSpend(deps(), member, place, { ...tea, item: 'Private', receipt });
		await recordSpend(deps(), member, place, { ...tea, item: 'Public', receiptPublic: true, receipt });
		const { spends } = await listSpends(handle.db, place.id, 1);
		expect(spends.find((line) => line.item === 'Private')!.receipt).toBeNull();
		const shown = spends.find((line) => line.item === 'Public')!.receipt!;
		expect(await findServablePhoto(handle.db, { photoId: shown.id, size: 'small' })).not.toBeNull();
		const [hidden] = await handle.db.select({ id: smallSumsSpends.id }).from(smallSumsSpends).where(eq(smallSumsSpends.item, 'Private'));
		const { photos } = await import('../photos/photos.table');
		const [privatePhoto] = await handle.db.select({ id: photos.id }).from(photos).where(eq(photos.smallSumsSpendId, hidden.id));
		expect(await findServablePhoto(handle.db, { photoId: privatePhoto.id, size: 'large' })).toBeNull();
	});

	it('never lets 20 spends at once take the pot below zero: and of two spends of the last £20 at once, one succeeds', async () => {
		const other = await insertPlace(handle.db, { slug: 'last-forty' });
		const otherLead = await addPerson(handle.db, 'lead@last-forty.example', { [other.id]: 'lead' });
		const members = await Promise.all(Array.from({ length: 20 }, (_, i) => addPerson(handle.db, `m${i}@last-forty.example`, { [other.id]: 'team_member' })));
		await setPot(deps(), otherLead, other.id, { amountMinor: 50_000, funderName: 'Fund', startsOn: '2026-07-01', endsOn: '2026-07-31', spendLimitMinor: 5_000 });
		// 20 people spend £40 each from a £500 pot at the same moment: 12 fit (£480), 8 are told what is left.
		const results = await Promise.all(members.map((person) => recordSpend(deps(), person, other, { ...tea, amountMinor: 4_000 })));
		expect(results.filter((r) => r.ok)).toHaveLength(12);
		expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(Array(8).fill('small_sums_over_left'));
		expect(await pot(other.id)).toMatchObject({ spentMinor: 48_000, leftMinor: 2_000 });
		// The last £20: two at once, one wins.
		const [a, b] = await Promise.all([recordSpend(deps(), members[0], other, { ...tea, amountMinor: 2_000 }), recordSpend(deps(), members[1], other, { ...tea, amountMinor: 2_000 })]);
		expect([a.ok, b.ok].sort()).toEqual([false, true]);
		expect(await pot(other.id)).toMatchObject({ spentMinor: 50_000, leftMinor: 0 });
	});

	it('refuses a spend when no pot covers today, and pots whose periods overlap', async () => {
		const empty = await insertPlace(handle.db, { slug: 'no-pot' });
		const emptyLead = await addPerson(handle.db, 'lead@no-pot.example', { [empty.id]: 'lead' });
		expect(await recordSpend(deps(), emptyLead, empty, tea)).toMatchObject({ ok: false, error: 'small_sums_no_pot' });
		expect(await setPot(deps(), lead, place.id, { amountMinor: 100_000, funderName: 'x', startsOn: '2026-09-01', endsOn: '2026-12-31', spendLimitMinor: 5_000 })).toMatchObject({ ok: false, error: 'small_sums_period_overlaps' });
		const current = await pot();
		expect(await setPot(deps(), lead, place.id, { potId: current.id, amountMinor: 100, funderName: 'x', startsOn: '2026-07-01', endsOn: '2026-09-30', spendLimitMinor: 100 })).toMatchObject({ ok: false, error: 'small_sums_pot_below_spent' });
		expect((await setPot(deps(), lead, place.id, { potId: current.id, amountMinor: 200_000, funderName: 'Brookfield Homes', startsOn: '2026-07-01', endsOn: '2026-09-30', spendLimitMinor: 20_000 })).ok).toBe(true);
		expect(await pot()).toMatchObject({ amountMinor: 200_000, spendLimitMinor: 20_000 });
	});
});
