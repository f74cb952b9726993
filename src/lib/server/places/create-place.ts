import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { places, type Place } from './places.table';

export type CreatePlaceResult = { ok: true; place: Place } | { ok: false; error: 'slug_taken' };

/**
 * A steward provisions a place: its address, its name and a first summary. Everything after that —
 * its story, languages, cycles — is the place team's to decide.
 */
export async function createPlace(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { slug: string; nameEn: string; nameCy: string; summaryEn: string }
): Promise<CreatePlaceResult> {
	return db.transaction(async (tx) => {
		const name: Record<string, string> = input.nameCy ? { en: input.nameEn, cy: input.nameCy } : { en: input.nameEn };
		const [place] = await tx
			.insert(places)
			.values({
				slug: input.slug,
				name,
				summary: (input.summaryEn ? { en: input.summaryEn } : {}) as Record<string, string>,
				areaDescription: {},
				teamDescription: {},
				languages: input.nameCy ? ['en', 'cy'] : ['en']
			})
			.onConflictDoNothing({ target: places.slug })
			.returning();
		if (!place) return { ok: false as const, error: 'slug_taken' as const };
		await recordAuditEvent(tx, {
			area: 'steward',
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'place.created',
			subjectType: 'place',
			subjectId: place.id,
			details: { slug: place.slug },
			occurredAt: now
		});
		return { ok: true as const, place };
	});
}
