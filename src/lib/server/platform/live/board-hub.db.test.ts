import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../auth/actor';
import type { DatabaseHandle } from '../db/database';
import { testDatabases } from '../../testing/databases';
import { addPerson, during, seedCoCreateCycle } from '../../testing/proposals';
import { addIdea } from '../../workshops/add-idea';
import { createWorkshop } from '../../workshops/create-workshop';
import { loadBoard } from '../../workshops/load-board';
import { joinWorkshop } from '../../workshops/participant';
import { stepWorkshop } from '../../workshops/run-workshop';
import { activityForm } from '../../workshops/workshop-setup-form';
import { BoardHub, type BoardSink } from './board-hub';

/** A stream stand-in that keeps the idea texts of every board it was sent. */
function stream() {
	const boards: string[][] = [];
	const decoder = new TextDecoder();
	const sink: BoardSink = {
		send: (event) => {
			const text = decoder.decode(event);
			if (text.startsWith('event: board')) boards.push(JSON.parse(text.slice(text.indexOf('data: ') + 6)).ideas.map((i: { body: string }) => i.body));
		},
		end: () => {}
	};
	return { sink, boards, latest: () => boards.at(-1) ?? [] };
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
	const started = Date.now();
	while (!check()) {
		if (Date.now() - started > ms) throw new Error('not within the wait');
		await new Promise((r) => setTimeout(r, 10));
	}
}

describe.each(testDatabases())('the live board hub on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let workshop: { id: string; placeId: string; status: 'live' };

	beforeAll(async () => {
		handle = await open();
		const seeded = await seedCoCreateCycle(handle.db, {}, 'hub');
		const cycle = await seeded.loadCycle();
		lead = await addPerson(handle.db, 'lead@hub.example', { [seeded.place.id]: 'lead' });
		const deps = { db: handle.db, now: during };
		const created = await createWorkshop(deps, lead, cycle, { title: 'Evenings', venue: 'Alder Road centre', startsAt: during, phaseKind: 'co_create', firstActivity: activityForm.parse({ kind: 'ideas', prompt: 'Ideas?' }) });
		if (!created.ok) throw new Error(created.error);
		workshop = { id: created.workshopId, placeId: cycle.placeId, status: 'live' };
		await stepWorkshop(deps, lead, workshop, 'start');
	});
	afterAll(() => handle.close());

	it('sends two streams the board, then the board with each idea added, read from the database', async () => {
		const hub = new BoardHub({ listen: handle.listen, readBoard: async (id) => JSON.stringify(await loadBoard(handle.db, id)), debounceMs: 20 });
		const first = stream();
		const second = stream();
		const leaveFirst = hub.subscribe(workshop.id, first.sink);
		const leaveSecond = hub.subscribe(workshop.id, second.sink);
		await eventually(() => first.boards.length > 0 && second.boards.length > 0);
		const { participant } = await joinWorkshop(handle.db, workshop, 'Nia');
		const added = await addIdea(handle.db, workshop, { participantId: participant.id }, 'Benches by the bus stop');
		expect(added.ok).toBe(true);
		await eventually(() => first.latest().includes('Benches by the bus stop') && second.latest().includes('Benches by the bus stop'));
		expect(hub.stats).toEqual({ rooms: 1, streams: 2 });
		leaveFirst();
		leaveSecond();
		expect(hub.stats).toEqual({ rooms: 0, streams: 0 });
	});
});
