import { phaseDatesFormValues } from '$lib/cycles/phase-dates-form';
import { shiftSchedule } from '$lib/cycles/shift-schedule';
import { readPlaceTime } from '$lib/place-time';
import type { LocalizedText } from '$lib/localized-text';
import { findPlaceCycle } from '$lib/server/cycles/cycles.queries';
import type { Database } from '$lib/server/platform/db/database';
import type { Place } from '$lib/server/places/places.table';
import { isUuid } from '$lib/validation/fields';

export type CopyChoice =
	| { sourceId: string; title: LocalizedText; starts: string; values: Record<string, string>; error: null }
	| { sourceId: string | null; title: LocalizedText | null; starts: string; values: null; error: 'cycle_copy_unknown' | 'cycle_first_day_missing' };

/**
 * The first step of copying, sent by a plain GET form (`from`, `starts`): the cycle to copy and the
 * day its first phase should now open. Gives the start form's values prefilled from that cycle —
 * its phases with their dates moved, and its challenge to edit — or the step's problem.
 * Null when the team chose to start blank.
 */
export async function readCopyChoice(db: Database, place: Place, url: URL): Promise<CopyChoice | null> {
	const from = (url.searchParams.get('from') ?? '').trim();
	const starts = (url.searchParams.get('starts') ?? '').trim();
	if (!from) return null;
	const source = isUuid(from) ? await findPlaceCycle(db, place.id, from.toLowerCase()) : null;
	if (!source) return { sourceId: null, title: null, starts, values: null, error: 'cycle_copy_unknown' };
	if (!readPlaceTime(starts, '00:00', place.timeZone)) return { sourceId: source.id, title: source.title, starts, values: null, error: 'cycle_first_day_missing' };
	const shifted = shiftSchedule(source.phases, starts, place.timeZone);
	const values: Record<string, string> = { ...phaseDatesFormValues(shifted, place.timeZone), from: source.id };
	for (const lang of place.languages) if (source.challenge[lang]) values[`challenge.${lang}`] = source.challenge[lang];
	return { sourceId: source.id, title: source.title, starts, values, error: null };
}
