import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { editProposal } from './edit-proposal';
import { findEditorUserIds } from './proposal-editors.queries';
import { listProposalVersions } from './proposal-versions.queries';
import { proposals } from './proposals.table';
import { addGroup, addPerson, afterCoCreate, during, seedCoCreateCycle, someText } from '../testing/proposals';
import { submitProposal } from './submit-proposal';

describe.each(testDatabases())('editing proposals on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let author: Person;
	let setup: Awaited<ReturnType<typeof seedCoCreateCycle>>;

	beforeAll(async () => {
		handle = await open();
		setup = await seedCoCreateCycle(handle.db, { maxProposalCostMinor: 20_000_00 });
		author = await addPerson(handle.db, 'author@example.org', {}, 'Aled');
	});
	afterAll(() => handle.close());

	async function submitted(title: string) {
		const result = await submitProposal({ db: handle.db, now: during }, author, { ...someText(title), cycle: await setup.loadCycle(), groupId: null, language: 'en' });
		if (!result.ok) throw new Error(`submit refused: ${result.error}`);
		return result.proposalId;
	}
	const edit = async (proposalId: string, baseVersion: number, changes: Partial<ReturnType<typeof someText>> = {}, now = during) =>
		editProposal({ db: handle.db, now }, author, { ...someText('Benches'), ...changes, cycle: await setup.loadCycle(), proposalId, baseVersion });

	it('keeps every edit as a version with who made it and which fields changed', async () => {
		const id = await submitted('Benches');
		expect(await edit(id, 1, { summary: 'Five benches along the brook.' })).toEqual({ ok: true, version: 2 });
		expect(await edit(id, 2, { summary: 'Five benches along the brook.', estimatedCostMinor: 1_500_00 })).toEqual({ ok: true, version: 3 });
		const versions = await listProposalVersions(handle.db, { placeId: setup.place.id, proposalId: id });
		expect(versions.map((v) => [v.version, v.editorName, v.changed])).toEqual([
			[1, 'Aled', []],
			[2, 'Aled', ['summary']],
			[3, 'Aled', ['estimatedCostMinor']]
		]);
		const [row] = await handle.db.select().from(proposals).where(eq(proposals.id, id));
		expect(row).toMatchObject({ version: 3, summary: 'Five benches along the brook.', estimatedCostMinor: 1_500_00 });
	});

	it('refuses an edit started from an older version, so a co-author’s words are never overwritten unseen', async () => {
		const id = await submitted('Planters');
		expect(await edit(id, 1, { title: 'Planters by the shops' })).toMatchObject({ ok: true });
		expect(await edit(id, 1, { title: 'Planters everywhere' })).toEqual({ ok: false, error: 'edited_meanwhile', currentVersion: 2 });
		const [row] = await handle.db.select().from(proposals).where(eq(proposals.id, id));
		expect(row.title).toBe('Planters by the shops');
	});

	it('lets only one of two edits from the same version through', async () => {
		const id = await submitted('Mural');
		const results = await Promise.all([edit(id, 1, { title: 'Mural A' }), edit(id, 1, { title: 'Mural B' })]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'edited_meanwhile', currentVersion: 2 }]);
		expect(await listProposalVersions(handle.db, { placeId: setup.place.id, proposalId: id })).toHaveLength(2);
	});

	it('is locked once the team starts its review, once co-create closes, and above the maximum cost', async () => {
		const id = await submitted('Bike racks');
		expect(await edit(id, 1, { estimatedCostMinor: 20_000_01 })).toMatchObject({ ok: false, error: 'over_max_cost' });
		expect(await edit(id, 1, {}, afterCoCreate)).toMatchObject({ ok: false, error: 'phase_closed' });
		await handle.db.update(proposals).set({ status: 'under_review' }).where(eq(proposals.id, id));
		expect(await edit(id, 1, { title: 'Bike racks, more' })).toEqual({ ok: false, error: 'review_started' });
		expect(await listProposalVersions(handle.db, { placeId: setup.place.id, proposalId: id })).toHaveLength(1);
	});

	it('counts the author, accepted co-authors and the group’s admins as editors, and nobody else', async () => {
		const admin = await addPerson(handle.db, 'admin@example.org');
		const member = await addPerson(handle.db, 'member@example.org');
		const group = await addGroup(handle.db, 'club', [admin], [member]);
		const result = await submitProposal({ db: handle.db, now: during }, admin, { ...someText('Club room'), cycle: await setup.loadCycle(), groupId: group.id, language: 'en' });
		if (!result.ok) throw new Error('refused');
		const soloId = await submitted('Solo');
		expect(await findEditorUserIds(handle.db, { placeId: setup.place.id, proposalId: result.proposalId })).toEqual([admin.userId]);
		expect(await findEditorUserIds(handle.db, { placeId: setup.place.id, proposalId: soloId })).toEqual([author.userId]);
	});
});
