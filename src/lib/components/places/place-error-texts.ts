import { m } from '$lib/paraglide/messages';
import type { PlaceErrorCode } from '$lib/places/places.errors';

/** Words for the codes of the place page form and the steward's hand-over (spread into form-errors' table). */
export const placeErrorTexts = {
	place_languages_missing: () => m.place_error_languages_missing(),
	place_main_language_missing: () => m.place_error_main_language_missing(),
	place_name_missing: () => m.place_error_name_missing(),
	place_name_too_long: () => m.place_error_name_too_long(),
	place_summary_too_long: () => m.place_error_summary_too_long(),
	place_area_too_long: () => m.place_error_area_too_long(),
	place_team_too_long: () => m.place_error_team_too_long(),
	time_zone_missing: () => m.place_error_time_zone_missing(),
	time_zone_invalid: () => m.place_error_time_zone_invalid(),
	hand_over_reason_missing: () => m.place_error_hand_over_reason_missing(),
	hand_over_reason_too_long: () => m.place_error_hand_over_reason_too_long(),
	place_has_lead: () => m.place_error_has_lead()
} satisfies Record<PlaceErrorCode, (params: Record<string, string | number>) => string>;
