import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newOutboxMessageId } from './new-outbox-message-id';

describe('outbox message ids', () => {
	it('are version 7 UUIDs that sort in the order they were made, even within one millisecond', () => {
		const ids = Array.from({ length: 5000 }, () => newOutboxMessageId(1_795_500_000_000));
		expect(ids.every((id) => z.uuid({ version: 'v7' }).safeParse(id).success)).toBe(true);
		expect([...ids].sort()).toEqual(ids);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('carry the time they were made', () => {
		const at = Date.UTC(2030, 0, 1);
		expect(parseInt(newOutboxMessageId(at).replace(/-/g, '').slice(0, 12), 16)).toBe(at);
	});
});
