import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVoterRegister } from '../../eligibility/read-voter-register';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { checkRegisterEntry, importRegisterFile, importVoterRegister, loadRegisterSummary, readRegisterFile } from './voter-register';
import { registerEntries } from './voting.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');
const csv = (text: string, name = 'register.csv') => new File([text], name, { type: 'text/csv' });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('reading a register file', () => {
	it('reads good rows and reports each bad one by its line', async () => {
		const read = await readRegisterFile(csv('reference,postcode,name\nA-1,bf1 2aa,Sam\n,BF1 2AB,No ref\nA-2,???,Bad postcode\nA-3,BF1 2AC,\n'));
		expect(read).toMatchObject({
			ok: true,
			entries: [{ reference: 'A-1', postcode: 'BF1 2AA', name: 'Sam' }, { reference: 'A-3', name: null }],
			problems: [{ line: 3, code: 'reference_missing' }, { line: 4, code: 'postcode_invalid' }]
		});
	});

	it('refuses a whole file that is not a register: a picture, an empty file, no reference column, none chosen', async () => {
		expect(await readRegisterFile(new File([PNG], 'photo.png', { type: 'image/png' }))).toEqual({ ok: false, code: 'not_text' });
		expect(await readRegisterFile(csv(''))).toEqual({ ok: false, code: 'empty' });
		expect(await readRegisterFile(csv('name,address\nSam,1 Alder Road\n'))).toMatchObject({ ok: false, code: 'columns_missing' });
		expect(await readRegisterFile(undefined)).toEqual({ ok: false, code: 'file_missing' });
	});

	it('reads a file Excel saved in Windows-1252 without losing the accents', async () => {
		const bytes = new Uint8Array([...new TextEncoder().encode('reference,postcode,name\nA-9,BF1 2AA,Ren'), 0xe9, 0x0a]);
		expect(await readRegisterFile(new File([bytes], 'excel.csv'))).toMatchObject({ ok: true, entries: [{ name: 'René' }] });
	});
});

describe.each(testDatabases())('importing a voter register on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let userId: string;
	let cycle: { id: string; placeId: string };
	let otherCycle: { id: string; placeId: string };
	const entriesOf = (text: string) => {
		const read = readVoterRegister(text);
		if (!read.ok) throw new Error(read.code);
		return read.entries;
	};
	const importInto = (target: { id: string; placeId: string }, text: string) =>
		importVoterRegister({ db: handle.db, now }, { cycle: target, entries: entriesOf(text), userId, actorLabel: 'lead@example.org' });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle, otherCycle] = await db
			.insert(cycles)
			.values(['c', 'd'].map((slug) => ({ placeId: place.id, slug, title: { en: slug }, challenge: {}, status: 'active' as const })))
			.returning({ id: cycles.id, placeId: cycles.placeId });
		[{ id: userId }] = await db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('adds new references, and counts them', async () => {
		expect(await importInto(cycle, 'reference,postcode,name\nA-1,BF1 2AA,Sam Jones\nA-2,BF1 2AB,\nA-3,BF1 2AC,Ali\n')).toEqual({ added: 3, updated: 0, unchanged: 0 });
		expect(await checkRegisterEntry(handle.db, cycle, 'a-1')).toEqual({ reference: 'A-1', postcode: 'BF1 2AA', name: 'Sam Jones' });
	});

	it('updates a known reference’s postcode and name, keeps a name the new file leaves out, and deletes nobody', async () => {
		expect(await importInto(cycle, 'reference,postcode,name\na-1,BF2 9ZZ,\nA-2,BF1 2AB,Pat\nA-3,BF1 2AC,Ali\nA-4,BF1 2AD,New\n')).toEqual({ added: 1, updated: 2, unchanged: 1 });
		expect(await checkRegisterEntry(handle.db, cycle, 'A-1')).toEqual({ reference: 'A-1', postcode: 'BF2 9ZZ', name: 'Sam Jones' });
		expect(await checkRegisterEntry(handle.db, cycle, 'A-2')).toMatchObject({ name: 'Pat' });
		// A later file without A-3 does not take them off: they may already have voted.
		await importInto(cycle, 'reference,postcode\nA-5,BF1 2AE\n');
		expect((await loadRegisterSummary(handle.db, cycle)).size).toBe(5);
	});

	it('imports the good rows of a file with bad ones, and reports each bad row by its line', async () => {
		const file = csv('reference,postcode,name\nB-1,BF1 3AA,\nB-2,not a postcode!,\nB-3,BF1 3AC,\nB-1,BF1 3AD,Twice\n');
		expect(await importRegisterFile({ db: handle.db, now }, { cycle, file, userId })).toEqual({
			ok: true,
			added: 2,
			updated: 0,
			unchanged: 0,
			problems: [{ line: 3, code: 'postcode_invalid' }, { line: 5, code: 'duplicate_reference' }]
		});
		expect(await checkRegisterEntry(handle.db, cycle, 'B-3')).toMatchObject({ postcode: 'BF1 3AC' });
	});

	it('imports nothing from a file it cannot read, and records nothing', async () => {
		const before = await loadRegisterSummary(handle.db, cycle);
		const events = async () => (await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'register.imported'))).length;
		const eventsBefore = await events();
		for (const file of [new File([PNG], 'register.csv', { type: 'text/csv' }), csv('name\nSam\n'), csv('   \n')]) {
			expect(await importRegisterFile({ db: handle.db, now }, { cycle, file, userId })).toMatchObject({ ok: false });
		}
		expect(await loadRegisterSummary(handle.db, cycle)).toEqual(before);
		expect(await events()).toBe(eventsBefore);
	});

	it('keeps each cycle’s register apart', async () => {
		expect(await importInto(otherCycle, 'reference,postcode\nA-1,ZZ1 1ZZ\n')).toEqual({ added: 1, updated: 0, unchanged: 0 });
		expect(await checkRegisterEntry(handle.db, cycle, 'A-1')).toMatchObject({ postcode: 'BF2 9ZZ' });
		expect(await checkRegisterEntry(handle.db, cycle, 'nobody')).toBeNull();
	});

	it('records each import by its counts, never a reference or a name, and shows the last one', async () => {
		await importVoterRegister({ db: handle.db, now }, { cycle, entries: entriesOf('reference,postcode,name\nA-6,BF1 2AF,Secret Name\n'), userId, actorLabel: 'lead@example.org', rowsRefused: 2 });
		const events = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, cycle.placeId), eq(auditEvents.action, 'register.imported')));
		expect(events).toHaveLength(6);
		expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/Secret Name|A-6|Sam Jones/);
		expect(await loadRegisterSummary(handle.db, cycle)).toEqual({ size: 8, lastImport: { at: now, by: 'lead@example.org', added: 1, updated: 0, rowsRefused: 2 } });
	});

	it('writes nothing when nothing is given', async () => {
		const before = await handle.db.select().from(registerEntries).where(eq(registerEntries.cycleId, cycle.id));
		expect(await importVoterRegister({ db: handle.db, now }, { cycle, entries: [], userId })).toEqual({ added: 0, updated: 0, unchanged: 0 });
		expect(await handle.db.select().from(registerEntries).where(eq(registerEntries.cycleId, cycle.id))).toEqual(before);
	});
});
