import { z } from 'zod';
import type { LocalizedText } from '../localized-text';

/*
 * The form a place's lead fills in about their place: its name and story per language, the
 * languages it works in (the first is its main one) and its time zone. Failures are codes by field;
 * the page turns them into words.
 */

/** Zones offered in the time zone list; the place's own zone is always offered too. */
export const SUGGESTED_TIME_ZONES = ['Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Berlin', 'Europe/Warsaw', 'UTC'] as const;

/** The texts a place writes, by form field prefix (name_en, summary_cy …) → column. */
export const STORY_FIELDS = { name: 'name', summary: 'summary', area: 'areaDescription', team: 'teamDescription' } as const;
export type StoryField = (typeof STORY_FIELDS)[keyof typeof STORY_FIELDS];

const MAX_LENGTH: Record<keyof typeof STORY_FIELDS, number> = { name: 120, summary: 500, area: 3000, team: 3000 };

export interface PlaceStory {
	/** Ticked languages, main one first. */
	languages: string[];
	timeZone: string;
	/** Only the offered languages' texts: what was written in each (empty = nothing in that language). */
	texts: Record<StoryField, LocalizedText>;
}

/** An IANA zone this server can show times in ("Europe/London"), in its canonical spelling; else null. */
export function canonicalTimeZone(zone: string): string | null {
	// Only names, not offsets like "+01:00", which some engines also accept.
	if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return null;
	try {
		return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
	} catch {
		return null;
	}
}

/**
 * The form's schema for the languages Placecraft offers (`offered`, e.g. ['en', 'cy']). Every field
 * arrives as an optional string and one pass checks them all, so the lead hears of every problem at
 * once (a refinement after a failed field would not run).
 */
export function placeStoryForm(offered: readonly string[]) {
	const names = [...offered.flatMap((language) => [...Object.keys(STORY_FIELDS).map((field) => `${field}_${language}`), `language_${language}`]), 'mainLanguage', 'timeZone'];
	return z.object(Object.fromEntries(names.map((name) => [name, z.string().optional()]))).transform((values, ctx): PlaceStory => {
		const problem = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
		const text = (name: string) => (values[name] ?? '').trim();
		for (const language of offered) {
			for (const [field, max] of Object.entries(MAX_LENGTH)) if (text(`${field}_${language}`).length > max) problem(`${field}_${language}`, `place_${field}_too_long`);
		}
		const ticked = offered.filter((language) => values[`language_${language}`] !== undefined);
		if (ticked.length === 0) problem('languages', 'place_languages_missing');
		// With one language ticked it is the main one; with several, the lead says which.
		const main = ticked.length === 1 ? ticked[0] : ticked.find((language) => language === values.mainLanguage);
		if (ticked.length > 1 && !main) problem('mainLanguage', 'place_main_language_missing');
		if (main && !text(`name_${main}`)) problem(`name_${main}`, 'place_name_missing');
		const zone = text('timeZone');
		const timeZone = zone ? canonicalTimeZone(zone) : null;
		if (!timeZone) problem('timeZone', zone ? 'time_zone_invalid' : 'time_zone_missing');
		const texts = Object.fromEntries(
			Object.entries(STORY_FIELDS).map(([field, column]) => [column, Object.fromEntries(offered.map((language) => [language, text(`${field}_${language}`)]))])
		) as Record<StoryField, LocalizedText>;
		return { languages: main ? [main, ...ticked.filter((language) => language !== main)] : ticked, timeZone: timeZone ?? '', texts };
	});
}
