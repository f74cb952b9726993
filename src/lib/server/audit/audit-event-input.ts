import { z } from 'zod';
import type { AuditDetails } from './audit.table';

/** The areas with their own chain that are not a place. */
export const AUDIT_AREAS = ['steward', 'accounts'] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

/**
 * Detail keys that must never reach the record: secrets and codes (a leaked audit page must not
 * let anyone in), addresses of residents' machines, and anything about ballots or voters
 * (DOMAIN.md invariant 5). Compared after lower-casing and dropping '_' and '-', at every depth.
 */
const FORBIDDEN_KEYS = new Set([
	...['password', 'passwordhash', 'secret', 'token', 'otp', 'totp', 'code', 'signincode'],
	...['ip', 'ipaddress'],
	...['ballot', 'ballotid', 'voter', 'voterid', 'choices']
]);
// Any key containing these; ballot and voter only as exact keys, so totals like ballotCount may pass.
const FORBIDDEN_PARTS = ['password', 'secret', 'token'];

const detailsSchema = z.record(z.string(), z.json()).superRefine((details, ctx) => {
	const key = findForbiddenKey(details);
	if (key) ctx.addIssue({ code: 'custom', message: `details must not carry "${key}"`, path: [key] });
});

/**
 * One thing that happened. A place's events give `placeId` (the place's chain); others name their
 * `area`: 'steward' for the central team, 'accounts' for sign-ins not tied to a place.
 */
export const auditEventInputSchema = z
	.object({
		placeId: z.uuid().nullish(),
		area: z.enum(AUDIT_AREAS).optional(),
		actorUserId: z.uuid().nullish(),
		actorLabel: z.string().max(320).nullish(),
		// Stable, dotted codes ('member.role_changed') that the audit page maps to message keys.
		action: z.string().regex(/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/, 'a dotted code like member.role_changed'),
		subjectType: z.string().min(1).max(64).nullish(),
		subjectId: z.string().min(1).max(200).nullish(),
		details: detailsSchema.default({}),
		occurredAt: z.date()
	})
	.refine((event) => Boolean(event.placeId) !== Boolean(event.area), {
		message: 'give exactly one of placeId (for a place chain) or area',
		path: ['area']
	});

export type AuditEventInput = Omit<z.input<typeof auditEventInputSchema>, 'details'> & { details?: AuditDetails };

function findForbiddenKey(value: unknown): string | null {
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = findForbiddenKey(item);
			if (found) return found;
		}
		return null;
	}
	if (value === null || typeof value !== 'object') return null;
	for (const [key, member] of Object.entries(value)) {
		const plain = key.toLowerCase().replace(/[_-]/g, '');
		if (FORBIDDEN_KEYS.has(plain) || FORBIDDEN_PARTS.some((part) => plain.includes(part))) return key;
		const found = findForbiddenKey(member);
		if (found) return found;
	}
	return null;
}
