import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, placeStoryForm } from './place-story';
import { fieldErrors } from './fields';

const form = placeStoryForm(['en', 'cy']);
const errorsOf = (values: Record<string, string>) => {
	const parsed = form.safeParse(values);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('the place story form', () => {
	it('takes a story in English and Welsh, with the main language first', () => {
		const parsed = form.parse({
			language_en: 'yes',
			language_cy: 'yes',
			mainLanguage: 'cy',
			name_en: ' Brookfield ',
			name_cy: 'Maes y Nant',
			summary_en: 'Our story',
			summary_cy: 'Ein stori',
			area_en: 'Houses and a park',
			team_cy: '',
			timeZone: 'Europe/London'
		});
		expect(parsed.languages).toEqual(['cy', 'en']);
		expect(parsed.timeZone).toBe('Europe/London');
		expect(parsed.texts.name).toEqual({ en: 'Brookfield', cy: 'Maes y Nant' });
		expect(parsed.texts.summary).toEqual({ en: 'Our story', cy: 'Ein stori' });
		expect(parsed.texts.areaDescription).toEqual({ en: 'Houses and a park', cy: '' });
		expect(parsed.texts.teamDescription).toEqual({ en: '', cy: '' });
	});

	it('makes the only language ticked the main one, whatever the main language radio said', () => {
		expect(form.parse({ language_cy: 'yes', mainLanguage: 'en', name_cy: 'Maes y Nant', timeZone: 'UTC' }).languages).toEqual(['cy']);
	});

	it('says so when no language is ticked, and still checks every other field in the same pass', () => {
		expect(errorsOf({ name_en: 'x'.repeat(121), timeZone: 'Mars/Olympus' })).toEqual({
			name_en: 'place_name_too_long',
			languages: 'place_languages_missing',
			timeZone: 'time_zone_invalid'
		});
	});

	it('asks which language is the main one when two are ticked and none is chosen', () => {
		expect(errorsOf({ language_en: 'yes', language_cy: 'yes', name_en: 'B', timeZone: 'Europe/London' })).toEqual({ mainLanguage: 'place_main_language_missing' });
	});

	it('needs the name in the main language, but not in the others', () => {
		expect(errorsOf({ language_en: 'yes', language_cy: 'yes', mainLanguage: 'en', name_cy: 'Maes', timeZone: 'Europe/London' })).toEqual({ name_en: 'place_name_missing' });
		expect(errorsOf({ language_en: 'yes', language_cy: 'yes', mainLanguage: 'en', name_en: 'Brookfield', timeZone: 'Europe/London' })).toEqual({});
	});

	it('refuses texts that are too long, naming the field', () => {
		expect(errorsOf({ language_en: 'yes', name_en: 'B', summary_cy: 'x'.repeat(501), area_en: 'x'.repeat(3001), timeZone: 'UTC' })).toEqual({
			summary_cy: 'place_summary_too_long',
			area_en: 'place_area_too_long'
		});
	});

	it('needs a time zone this server knows, and offsets or odd text are refused, not thrown', () => {
		expect(errorsOf({ language_en: 'yes', name_en: 'B', timeZone: '' })).toEqual({ timeZone: 'time_zone_missing' });
		for (const zone of ['+01:00', 'Europe/Nowhere', '../etc/passwd', 'Europe London']) {
			expect(errorsOf({ language_en: 'yes', name_en: 'B', timeZone: zone }), zone).toEqual({ timeZone: 'time_zone_invalid' });
		}
	});
});

describe('canonicalTimeZone', () => {
	it('spells a known zone the canonical way', () => {
		expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
		expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
		expect(canonicalTimeZone('Nowhere/Land')).toBeNull();
	});
});
