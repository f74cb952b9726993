/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What the place page form and the steward's hand-over may refuse. */
export type PlaceErrorCode =
	| 'place_languages_missing'
	| 'place_main_language_missing'
	| 'place_name_missing'
	| 'place_name_too_long'
	| 'place_summary_too_long'
	| 'place_area_too_long'
	| 'place_team_too_long'
	| 'time_zone_missing'
	| 'time_zone_invalid'
	| 'hand_over_reason_missing'
	| 'hand_over_reason_too_long'
	| 'place_has_lead';
