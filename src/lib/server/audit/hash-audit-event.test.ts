import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, hashAuditEvent, type AuditEventContent } from './hash-audit-event';

const content: AuditEventContent = {
	chain: 'steward',
	placeId: null,
	sequence: 1,
	actorUserId: null,
	actorLabel: 'steward@example.org',
	action: 'place.created',
	subjectType: 'place',
	subjectId: 'riverside',
	details: { slug: 'riverside', languages: ['en', 'cy'] },
	occurredAt: new Date('2026-11-24T10:00:00Z')
};

describe('canonical JSON', () => {
	it('sorts keys at every depth and leaves arrays in order', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
	});

	it('leaves out undefined members, as JSON does', () => {
		expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
	});
});

describe('the hash of an audit event', () => {
	it('is sha256 of the previous hash, a newline and the canonical JSON of the columns, so anyone can recompute it', () => {
		const text =
			`${GENESIS_HASH}\n` +
			'{"action":"place.created","actor_label":"steward@example.org","actor_user_id":null,"chain":"steward",' +
			'"details":{"languages":["en","cy"],"slug":"riverside"},"occurred_at":"2026-11-24T10:00:00.000Z",' +
			'"place_id":null,"sequence":1,"subject_id":"riverside","subject_type":"place"}';
		expect(hashAuditEvent(GENESIS_HASH, content)).toBe(createHash('sha256').update(text).digest('hex'));
	});

	it('does not depend on the order of keys in the details', () => {
		const reordered = { ...content, details: { languages: ['en', 'cy'], slug: 'riverside' } };
		expect(hashAuditEvent(GENESIS_HASH, reordered)).toBe(hashAuditEvent(GENESIS_HASH, content));
	});

	it('changes with any field and with the previous hash', () => {
		const base = hashAuditEvent(GENESIS_HASH, content);
		expect(hashAuditEvent(GENESIS_HASH, { ...content, sequence: 2 })).not.toBe(base);
		expect(hashAuditEvent(GENESIS_HASH, { ...content, details: { slug: 'riverside', languages: ['cy', 'en'] } })).not.toBe(base);
		expect(hashAuditEvent('f'.repeat(64), content)).not.toBe(base);
	});
});
