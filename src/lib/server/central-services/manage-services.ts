import { and, eq } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import { recordAuditEvent } from '../audit/record-audit-event';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { centralServiceResponders, centralServices, type CentralService } from './central-services.table';

type Deps = { db: Database; now: Date };

/** An address-safe name from the English one ("IT and phones" → "it-and-phones"). */
export function slugFor(name: string): string {
	return (
		name
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/, '') || 'service'
	);
}

/** A steward lists a central service; on the steward's audit record (a service belongs to no place). */
export async function createService(
	{ db, now }: Deps,
	actor: Person,
	input: { nameEn: string; nameCy: string; aboutEn: string; aboutCy: string }
): Promise<{ ok: true; service: CentralService } | { ok: false; error: 'service_slug_taken' }> {
	const slug = slugFor(input.nameEn);
	return db.transaction(async (tx) => {
		const [taken] = await tx.select({ id: centralServices.id }).from(centralServices).where(eq(centralServices.slug, slug));
		if (taken) return { ok: false as const, error: 'service_slug_taken' as const };
		const about = Object.fromEntries(Object.entries({ en: input.aboutEn, cy: input.aboutCy }).filter(([, words]) => words));
		const [service] = await tx.insert(centralServices).values({ slug, name: { en: input.nameEn, cy: input.nameCy }, about, createdAt: now }).returning();
		await recordAuditEvent(tx, { area: 'steward', actorUserId: actor.userId, action: 'central_service.created', subjectType: 'central_service', subjectId: service.id, details: { slug, name: service.name }, occurredAt: now });
		return { ok: true as const, service };
	});
}

/** Names someone with a staff account (one that signs in with a password) as one of the people who answer for a service. */
export async function addResponder(
	{ db, now }: Deps,
	actor: Person,
	serviceId: string,
	email: string
): Promise<{ ok: true } | { ok: false; error: 'responder_no_account' | 'responder_already' }> {
	return db.transaction(async (tx) => {
		const [person] = await tx.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email.toLowerCase()));
		// Answering is a staff power: it needs a password sign-in, so an emailed-code account cannot hold it.
		if (!person || person.passwordHash === null) return { ok: false as const, error: 'responder_no_account' as const };
		const added = await tx.insert(centralServiceResponders).values({ serviceId, userId: person.id, addedAt: now }).onConflictDoNothing().returning();
		if (added.length === 0) return { ok: false as const, error: 'responder_already' as const };
		await recordAuditEvent(tx, { area: 'steward', actorUserId: actor.userId, action: 'central_service.responder_added', subjectType: 'central_service', subjectId: serviceId, details: { userId: person.id }, occurredAt: now });
		return { ok: true as const };
	});
}

export async function removeResponder({ db, now }: Deps, actor: Person, serviceId: string, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const removed = await tx
			.delete(centralServiceResponders)
			.where(and(eq(centralServiceResponders.serviceId, serviceId), eq(centralServiceResponders.userId, userId)))
			.returning();
		if (removed.length === 0) return;
		await recordAuditEvent(tx, { area: 'steward', actorUserId: actor.userId, action: 'central_service.responder_removed', subjectType: 'central_service', subjectId: serviceId, details: { userId }, occurredAt: now });
	});
}
