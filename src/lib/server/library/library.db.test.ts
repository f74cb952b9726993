import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryCsv, libraryGrantsCsv, libraryRecord } from '../../library/library-export';
import { readLibraryFilters, type LibraryFilters } from '../../library/library-filters';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { cycles } from '../cycles/cycles.table';
import { listPlaceFeedEvents } from '../publish-back/place-feed.queries';
import { testDatabases } from '../testing/databases';
import { addFundedProject, seedLibraryPlace } from '../testing/library';
import { findLibraryEntry, listLibraryEntries, searchLibrary } from './library.queries';
import { tagProposalThemes } from './tag-proposal-themes';
import { listThemesInUse } from './themes.queries';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const all: LibraryFilters = { words: '', theme: null, band: null, status: null, place: null, page: 1 };
const titles = async (db: DatabaseHandle['db'], filters: Partial<LibraryFilters>, pageSize = 50) => (await searchLibrary(db, { ...all, ...filters }, pageSize)).entries.map((entry) => entry.title);

describe.each(testDatabases())('the library on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let brook: Awaited<ReturnType<typeof seedLibraryPlace>>;
	let elwyn: Awaited<ReturnType<typeof seedLibraryPlace>>;
	let walkingBus: Awaited<ReturnType<typeof addFundedProject>>;
	let benches: Awaited<ReturnType<typeof addFundedProject>>;

	beforeAll(async () => {
		handle = await open();
		const db = handle.db;
		brook = await seedLibraryPlace(db, 'brook');
		elwyn = await seedLibraryPlace(db, 'elwyn', ['cy', 'en']);
		// Funded in this order (day 1 oldest); costs and spending deliberately in no order of their own.
		walkingBus = await addFundedProject(db, brook, { number: 1, title: 'Walking bus with volunteer parents', summary: 'Parents walk children to school in groups.', costMinor: 240_000, status: 'stopped', reason: 'Not enough parents could volunteer on weekday mornings.', spent: [18_000], fundedAt: day(1) });
		benches = await addFundedProject(db, brook, { number: 2, title: 'Benches by the brook', costMinor: 90_000, status: 'done', reason: 'Six benches are in.', spent: [45_000, 44_999], fundedAt: day(5) });
		await addFundedProject(db, elwyn, { number: 1, title: 'Bws cerdded i’r ysgol', summary: 'Rhieni yn cerdded gyda’r plant i’r ysgol bob bore.', language: 'cy', costMinor: 3_000_000, status: 'in_progress', spent: [2_500_000], fundedAt: day(3) });
		await addFundedProject(db, elwyn, { number: 2, title: 'Goleuadau ar lwybr y parc', summary: 'Goleuadau solar a Wi-Fi yn y caffi.', language: 'cy', costMinor: 600_000, fundedAt: day(7) });
		// Never in the library: a hidden proposal, and a project of a cycle still in draft.
		await addFundedProject(db, brook, { number: 3, title: 'Hidden walking project', costMinor: 1_000, fundedAt: day(9), hidden: true });
		const [draft] = await db.insert(cycles).values({ placeId: brook.place.id, slug: 'draft', title: { en: 'Draft' }, challenge: {}, status: 'draft' }).returning();
		await addFundedProject(db, { place: brook.place, cycle: draft }, { number: 1, title: 'Draft walking project', costMinor: 1_000, fundedAt: day(10) });
	});
	afterAll(() => handle.close());

	it('lists every funded project of every place, newest funded first, and nothing hidden or in a draft cycle', async () => {
		expect(await titles(handle.db, {})).toEqual(['Goleuadau ar lwybr y parc', 'Benches by the brook', 'Bws cerdded i’r ysgol', 'Walking bus with volunteer parents']);
	});

	it('finds English words by their stem, and Welsh words as they are written', async () => {
		expect(await titles(handle.db, { words: 'walks volunteering' })).toEqual(['Walking bus with volunteer parents']);
		expect(await titles(handle.db, { words: 'weekday mornings' })).toEqual(['Walking bus with volunteer parents']);
		expect(await titles(handle.db, { words: 'cerdded' })).toEqual(['Bws cerdded i’r ysgol']);
		expect(await titles(handle.db, { words: 'goleuadau solar' })).toEqual(['Goleuadau ar lwybr y parc']);
		// Welsh has no stemmer: a different form of the word is not a match (simple matches words as written).
		expect(await titles(handle.db, { words: 'goleuad' })).toEqual([]);
		// An English word inside Welsh text is found by the simple fallback.
		expect(await titles(handle.db, { words: 'wi-fi' })).toEqual(['Goleuadau ar lwybr y parc']);
		expect(await titles(handle.db, { words: '"walking bus" -benches' })).toEqual(['Walking bus with volunteer parents']);
		// Whatever is typed is only words: never an error.
		expect(await titles(handle.db, { words: `'); drop table proposals; -- & | ! :*` })).toEqual([]);
	});

	it('narrows by cost band, status, place and theme, and pages through the rest', async () => {
		expect(await titles(handle.db, { band: 'under-1000' })).toEqual(['Benches by the brook']);
		expect(await titles(handle.db, { band: 'over-20000' })).toEqual(['Bws cerdded i’r ysgol']);
		expect(await titles(handle.db, { status: 'stopped' })).toEqual(['Walking bus with volunteer parents']);
		expect(await titles(handle.db, { place: 'elwyn' })).toEqual(['Goleuadau ar lwybr y parc', 'Bws cerdded i’r ysgol']);
		const first = await searchLibrary(handle.db, all, 3);
		const second = await searchLibrary(handle.db, { ...all, page: 2 }, 3);
		expect([first.hasMore, second.hasMore]).toEqual([true, false]);
		expect(second.entries.map((entry) => entry.title)).toEqual(['Walking bus with volunteer parents']);
	});

	it('never ranks: the order is the funding date whatever the cost, the spending, the status or how well words match', async () => {
		const order = await titles(handle.db, {});
		const byDate = [...(await listLibraryEntries(handle.db))].sort((a, b) => b.fundedAt.getTime() - a.fundedAt.getTime()).map((entry) => entry.title);
		expect(order).toEqual(byDate);
		// A search keeps the same order: a better match does not move up.
		expect(await titles(handle.db, { words: 'walking OR benches OR brook' })).toEqual(['Benches by the brook', 'Walking bus with volunteer parents']);
		// Asking for an ordering in the address changes nothing: there is no such filter to read.
		const asked = readLibraryFilters(new URLSearchParams('sort=spent&order=desc&orderBy=turnout&rank=score'));
		expect(asked).toEqual(all);
	});

	it('has each entry at its address with its real spending, status reason and who proposed it', async () => {
		const entry = await findLibraryEntry(handle.db, { placeSlug: 'brook', cycleSlug: '2025', number: 1 });
		expect(entry).toMatchObject({ title: 'Walking bus with volunteer parents', status: 'stopped', statusReason: 'Not enough parents could volunteer on weekday mornings.', expectedCostMinor: 240_000, spentMinor: 18_000, proposedBy: { kind: 'resident' } });
		expect(await findLibraryEntry(handle.db, { placeSlug: 'brook', cycleSlug: '2025', number: 3 })).toBeNull();
		expect(await findLibraryEntry(handle.db, { placeSlug: 'elwyn', cycleSlug: '2025', number: 9 })).toBeNull();
	});

	it('exports one row per funded project, money exact, and text that looks like a formula made harmless', async () => {
		await addFundedProject(handle.db, brook, { number: 4, title: '=HYPERLINK("http://evil.example")', summary: 'Line one,\nline "two"', costMinor: 10, spent: [1, 2], fundedAt: day(0) });
		const entries = await listLibraryEntries(handle.db);
		const csv = libraryCsv(entries, 'en', 'https://placecraft.example');
		const rows = csv.trimEnd().split('\r\n');
		expect(rows[0]).toBe('url,place,place_slug,cycle,cycle_slug,proposal_number,title,summary,language,proposed_by,group,themes,currency,expected_cost,budget,spent,status,status_reason,funded_on');
		// A header and five records: the line break inside a summary stays inside its quoted cell.
		expect(rows).toHaveLength(1 + 5);
		expect(csv).toContain('"Line one,\nline ""two"""');
		expect(csv).toContain(`'=HYPERLINK(""http://evil.example"")`);
		expect(csv).toContain('https://placecraft.example/library/brook/2025/1,brook place,brook,Round 2025,2025,1,Walking bus with volunteer parents');
		expect(csv).toContain(',GBP,900.00,900.00,899.99,done,Six benches are in.,2026-01-06');
		expect(csv).toContain(',GBP,0.10,0.10,0.03,planned,,2026-01-01');
		const records = entries.map((entry) => libraryRecord(entry, 'cy', 'https://placecraft.example'));
		expect(records).toHaveLength(5);
		expect(records.find((record) => record.cycleSlug === '2025' && record.placeSlug === 'elwyn' && record.proposalNumber === 1)).toMatchObject({ place: 'lle elwyn', cycle: 'Rownd 2025', spent: '25000.00', status: 'in_progress' });
		const grants = libraryGrantsCsv(entries, 'en', 'https://placecraft.example').trimEnd().split('\r\n');
		expect(grants[0]).toBe('Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Title,Beneficiary Location:Name,URL');
		expect(grants.find((row) => row.includes(walkingBus.delivery.id))).toBe(`360G-placecraft-${walkingBus.delivery.id},Walking bus with volunteer parents,Parents walk children to school in groups.,GBP,2400.00,2026-01-02,placecraft-residents-brook,brook place,placecraft-place-brook,brook place,Round 2025,brook place,https://placecraft.example/library/brook/2025/1`);
	});

	it('lets the place team tag a proposal with default themes and one of its own, and finds it by theme', async () => {
		const deps = { db: handle.db, now: day(20) };
		const ref = { placeId: brook.place.id, proposalId: benches.proposal.id };
		expect(await tagProposalThemes(deps, brook.facilitator, { ...ref, themes: ['older-people'], newTheme: '', locale: 'en' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await tagProposalThemes(deps, elwyn.lead, { ...ref, themes: ['older-people'], newTheme: '', locale: 'en' })).toEqual({ ok: false, error: 'forbidden' });
		expect(await tagProposalThemes(deps, brook.lead, { ...ref, themes: ['made-up'], newTheme: 'Sitting out', locale: 'en' })).toEqual({ ok: false, error: 'theme_unknown' });
		expect(await tagProposalThemes(deps, brook.lead, { ...ref, themes: [], newTheme: '!!!', locale: 'en' })).toEqual({ ok: false, error: 'theme_name_no_letters' });
		expect(await tagProposalThemes(deps, brook.lead, { ...ref, themes: ['older-people', 'green-spaces', 'health', 'food'], newTheme: 'Sitting out', locale: 'en' })).toEqual({ ok: false, error: 'theme_too_many' });
		// The refused attempts left no theme of its own behind.
		expect((await listThemesInUse(handle.db)).some((theme) => theme.slug === 'sitting-out')).toBe(false);

		expect(await tagProposalThemes(deps, brook.lead, { ...ref, themes: ['older-people', 'green-spaces'], newTheme: 'Sitting out!', locale: 'en' })).toEqual({ ok: true, themes: ['green-spaces', 'older-people', 'sitting-out'] });
		expect(await titles(handle.db, { theme: 'sitting-out' })).toEqual(['Benches by the brook']);
		expect(await titles(handle.db, { theme: 'older-people' })).toEqual(['Benches by the brook']);
		const entry = await findLibraryEntry(handle.db, { placeSlug: 'brook', cycleSlug: '2025', number: 2 });
		expect(entry?.themes).toEqual([{ slug: 'green-spaces', name: null }, { slug: 'older-people', name: null }, { slug: 'sitting-out', name: { en: 'Sitting out!' } }]);
		expect((await listThemesInUse(handle.db)).at(-1)).toEqual({ slug: 'sitting-out', name: { en: 'Sitting out!' } });
		const audited = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, brook.place.id), eq(auditEvents.action, 'proposal.themes_tagged')));
		expect(audited.map((event) => event.details)).toEqual([{ themes: ['green-spaces', 'older-people', 'sitting-out'], newTheme: 'Sitting out!' }]);
	});

	it('puts each funded project in its place’s Atom feed, linking to its library entry', async () => {
		const events = (await listPlaceFeedEvents(handle.db, elwyn.place)).filter((event) => event.kind === 'library_entry');
		expect(events.map((event) => event.kind === 'library_entry' && event.proposalTitle)).toEqual(['Goleuadau ar lwybr y parc', 'Bws cerdded i’r ysgol']);
	});
});
