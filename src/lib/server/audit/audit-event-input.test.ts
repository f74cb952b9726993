import { describe, expect, it } from 'vitest';
import { auditEventInputSchema } from './audit-event-input';

const event = { area: 'accounts', action: 'session.sign_in_failed', occurredAt: new Date('2026-11-24T10:00:00Z') };
const accepts = (details: Record<string, unknown>) => auditEventInputSchema.safeParse({ ...event, details }).success;

describe('what an audit event may carry', () => {
	it.each([
		['code'],
		['sign_in_code'],
		['password'],
		['newPasswordHash'],
		['resetToken'],
		['client-secret'],
		['ip'],
		['IP_Address'],
		['ballot'],
		['voterId'],
		['choices']
	])('refuses a detail named %s', (key) => {
		expect(accepts({ [key]: 'x' })).toBe(false);
	});

	it('looks inside nested details and lists', () => {
		expect(accepts({ invitation: { to: 'a@example.org', token: 'x' } })).toBe(false);
		expect(accepts({ changes: [{ field: 'name' }, { otp: '123456' }] })).toBe(false);
	});

	it('keeps what a place team needs to read', () => {
		expect(accepts({ role: { from: 'team_member', to: 'lead' }, email: 'a@example.org', postcode: 'CF10 1AA', ballotCount: 120 })).toBe(true);
	});

	it('needs a dotted action code and exactly one of place or area', () => {
		expect(auditEventInputSchema.safeParse({ ...event, action: 'signInFailed' }).success).toBe(false);
		expect(auditEventInputSchema.safeParse({ ...event, area: undefined }).success).toBe(false);
		expect(auditEventInputSchema.safeParse({ ...event, placeId: crypto.randomUUID() }).success).toBe(false);
		expect(auditEventInputSchema.safeParse({ ...event, area: undefined, placeId: crypto.randomUUID() }).success).toBe(true);
	});
});
