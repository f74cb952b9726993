import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { testDatabases } from '../../testing/databases';
import { consumeRateLimit } from './consume-rate-limit';
import { openSecondConnection } from '../../testing/second-connection';
import { pruneRateLimits } from './prune-rate-limits';
import { rateLimitBuckets } from './rate-limit.table';

const start = new Date('2026-11-24T10:00:00Z');
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe.each(testDatabases())('rate limits on $name', ({ name, open }) => {
	// One database for the file: every test uses keys of its own.
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	it('allows the limit within a window, then refuses and says when to retry', async () => {
		const rule = { key: 'otp-send:email:alice@example.org', limit: 3, windowSeconds: 600 };
		const decisions = [];
		for (const seconds of [0, 10, 20, 30, 40]) decisions.push(await consumeRateLimit(handle.db, rule, later(seconds)));
		expect(decisions).toEqual([
			{ allowed: true, remaining: 2, retryAfterSeconds: 0 },
			{ allowed: true, remaining: 1, retryAfterSeconds: 0 },
			{ allowed: true, remaining: 0, retryAfterSeconds: 0 },
			{ allowed: false, remaining: 0, retryAfterSeconds: 570 },
			{ allowed: false, remaining: 0, retryAfterSeconds: 560 }
		]);
	});

	it('starts a fresh window once the old one has ended', async () => {
		const rule = { key: 'otp-send:ip:192.0.2.1', limit: 2, windowSeconds: 60 };
		for (const seconds of [0, 1, 2]) await consumeRateLimit(handle.db, rule, later(seconds));
		expect(await consumeRateLimit(handle.db, rule, later(59))).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
		expect(await consumeRateLimit(handle.db, rule, later(60))).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
		expect(await consumeRateLimit(handle.db, rule, later(61))).toMatchObject({ allowed: true, remaining: 0 });
	});

	it('counts each key on its own', async () => {
		const alice = { key: 'sign-in:email:alice@example.org', limit: 1, windowSeconds: 60 };
		const bob = { ...alice, key: 'sign-in:email:bob@example.org' };
		expect((await consumeRateLimit(handle.db, alice, start)).allowed).toBe(true);
		expect((await consumeRateLimit(handle.db, alice, start)).allowed).toBe(false);
		expect((await consumeRateLimit(handle.db, bob, start)).allowed).toBe(true);
	});

	it('allows exactly the limit when 50 requests arrive at once', async () => {
		const rule = { key: 'otp-send:email:crowd@example.org', limit: 10, windowSeconds: 60 };
		const decisions = await Promise.all(Array.from({ length: 50 }, () => consumeRateLimit(handle.db, rule, start)));
		expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
		expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds === 60)).toBe(true);
	});

	// PGlite is one process per database by design; two processes only exist on a server.
	it.runIf(name === 'postgres')('allows exactly the limit when two app processes share the database', async () => {
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			const rule = { key: 'otp-send:ip:198.51.100.7', limit: 10, windowSeconds: 60 };
			const decisions = await Promise.all(
				Array.from({ length: 40 }, (_, i) => consumeRateLimit(i % 2 ? second.db : handle.db, rule, start))
			);
			expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
		} finally {
			await second.close();
		}
	});

	it('refuses a rule without a positive whole limit and window', async () => {
		const rules = [
			{ key: 'k', limit: 0, windowSeconds: 60 },
			{ key: 'k', limit: 1.5, windowSeconds: 60 },
			{ key: 'k', limit: 1, windowSeconds: 0 },
			{ key: '', limit: 1, windowSeconds: 60 }
		];
		for (const rule of rules) {
			await expect(consumeRateLimit(handle.db, rule, start)).rejects.toThrow(RangeError);
		}
	});

	it('prunes only the buckets whose window has ended', async () => {
		await consumeRateLimit(handle.db, { key: 'prune:short', limit: 5, windowSeconds: 60 }, later(10_000));
		await consumeRateLimit(handle.db, { key: 'prune:long', limit: 5, windowSeconds: 3600 }, later(10_000));
		const keys = async () => (await handle.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((b) => b.key);
		const before = await keys();
		const pruned = await pruneRateLimits(handle.db, later(10_060));
		const after = await keys();
		expect(after).toContain('prune:long');
		expect(after).not.toContain('prune:short');
		expect(pruned).toBe(before.length - after.length);
		// A pruned key starts again from nothing.
		const again = await consumeRateLimit(handle.db, { key: 'prune:short', limit: 5, windowSeconds: 60 }, later(10_061));
		expect(again).toMatchObject({ remaining: 4 });
	});
});
