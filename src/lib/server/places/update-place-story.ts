import { eq } from 'drizzle-orm';
import type { LocalizedText } from '../../localized-text';
import type { PlaceStory, StoryField } from '../../validation/place-story';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { places } from './places.table';

export type UpdatePlaceStoryResult = { ok: true; changed: string[] } | { ok: false; error: 'place_unknown' };

const COLUMNS: StoryField[] = ['name', 'summary', 'areaDescription', 'teamDescription'];

/**
 * The lead saves what their place says about itself. Each text keeps what was written in languages
 * the form did not offer, and a language switched off keeps its text (switched back on, it is there
 * again); only a field the lead emptied loses that language's text. Recorded with which fields
 * changed and the languages and time zone before and after, in the same transaction.
 */
export async function updatePlaceStory(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { placeId: string; story: PlaceStory }
): Promise<UpdatePlaceStoryResult> {
	return db.transaction(async (tx) => {
		// Locked so two saves at once cannot both read the same "before".
		const [before] = await tx.select().from(places).where(eq(places.id, input.placeId)).for('update');
		if (!before) return { ok: false as const, error: 'place_unknown' as const };
		const after = Object.fromEntries(COLUMNS.map((column) => [column, mergeText(before[column], input.story.texts[column])])) as Record<StoryField, LocalizedText>;
		const changed: string[] = COLUMNS.filter((column) => !sameText(before[column], after[column]));
		if (!sameList(before.languages, input.story.languages)) changed.push('languages');
		if (before.timeZone !== input.story.timeZone) changed.push('timeZone');
		if (changed.length === 0) return { ok: true as const, changed };
		await tx
			.update(places)
			.set({ ...after, languages: input.story.languages, timeZone: input.story.timeZone, updatedAt: now })
			.where(eq(places.id, input.placeId));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'place.story_changed',
			subjectType: 'place',
			subjectId: input.placeId,
			details: {
				changed,
				languagesBefore: before.languages,
				languagesAfter: input.story.languages,
				timeZoneBefore: before.timeZone,
				timeZoneAfter: input.story.timeZone
			},
			occurredAt: now
		});
		return { ok: true as const, changed };
	});
}

/** The stored text with the submitted languages written over it: an empty answer removes that language. */
function mergeText(stored: LocalizedText, submitted: LocalizedText): LocalizedText {
	const merged: LocalizedText = { ...stored };
	for (const [language, text] of Object.entries(submitted)) {
		if (text) merged[language] = text;
		else delete merged[language];
	}
	return merged;
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}
