import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { testDatabases } from '../../testing/databases';
import { openSecondConnection } from '../../testing/second-connection';
import { sql } from 'drizzle-orm';
import { liveChannel, publishLive } from './publish';

/** The next payload a listener hears, or 'timeout'. */
function nextPayload(heard: string[], from: number, ms = 3000): Promise<string> {
	return new Promise((resolve) => {
		const started = Date.now();
		const poll = setInterval(() => {
			if (heard.length > from) {
				clearInterval(poll);
				resolve(heard[from]);
			} else if (Date.now() - started > ms) {
				clearInterval(poll);
				resolve('timeout');
			}
		}, 10);
	});
}

describe.each(testDatabases())('live updates through Postgres NOTIFY on $name', ({ name, open }) => {
	let handle: DatabaseHandle;
	const channel = liveChannel('workshop', '6f1c2d3e-0000-4000-8000-00000000abcd');
	const heard: string[] = [];
	let listens = 0;
	let stop: () => Promise<void>;

	beforeAll(async () => {
		handle = await open();
		stop = await handle.listen(channel, (payload) => heard.push(payload), () => listens++);
	});
	afterAll(async () => {
		await stop();
		await handle.close();
	});

	it('names a channel as a plain identifier', () => {
		expect(channel).toBe('live_workshop_6f1c2d3e00004000800000000000abcd');
	});

	it('hears what was published, and tells the listener when it started listening', async () => {
		expect(listens).toBe(1);
		await publishLive(handle.db, channel, 'idea_added');
		expect(await nextPayload(heard, 0)).toBe('idea_added');
	});

	it('hears nothing from a transaction that rolled back, and hears a committed one at commit', async () => {
		const before = heard.length;
		await handle.db
			.transaction(async (tx) => {
				await publishLive(tx, channel, 'rolled_back');
				throw new Error('undo');
			})
			.catch(() => undefined);
		await handle.db.transaction(async (tx) => publishLive(tx, channel, 'kept'));
		expect(await nextPayload(heard, before)).toBe('kept');
		expect(heard.slice(before)).toEqual(['kept']);
	});

	it.skipIf(name !== 'postgres')('hears what another app process published', async () => {
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			const before = heard.length;
			await publishLive(second.db, channel, 'from_the_other_process');
			expect(await nextPayload(heard, before)).toBe('from_the_other_process');
		} finally {
			await second.close();
		}
	});

	it.skipIf(name !== 'postgres')('after its connection dropped and came back, a channel stops feeding whoever unsubscribed, and feeds a new subscriber once', async () => {
		const other = liveChannel('workshop', '6f1c2d3e-0000-4000-8000-00000000dcba');
		const first: string[] = [];
		let firstListens = 0;
		const stopFirst = await handle.listen(other, (payload) => first.push(payload), () => firstListens++);
		// Drop the LISTEN connection from the server side, as a failover or an idle-killer would.
		await handle.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where query = ${`listen "${other}"`} and pid <> pg_backend_pid()`);
		const relistened = Date.now();
		while (firstListens < 2 && Date.now() - relistened < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
		expect(firstListens, 'listening again after the drop').toBe(2);
		await publishLive(handle.db, other, 'after_reconnect');
		expect(await nextPayload(first, 0)).toBe('after_reconnect');

		await stopFirst();
		const second: string[] = [];
		const stopSecond = await handle.listen(other, (payload) => second.push(payload));
		await publishLive(handle.db, other, 'for_the_second');
		expect(await nextPayload(second, 0)).toBe('for_the_second');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(second).toEqual(['for_the_second']);
		expect(first).toEqual(['after_reconnect']);
		await stopSecond();
	});
});
