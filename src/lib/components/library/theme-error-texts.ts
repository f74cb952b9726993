import { m } from '$lib/paraglide/messages';
import type { ThemeTagError } from '$lib/library/library.errors';

/** Words for the themes form's codes (spread into form-errors' table). */
export const themeErrorTexts = {
	theme_name_too_long: () => m.library_error_theme_name_too_long(),
	theme_name_no_letters: () => m.library_error_theme_name_no_letters(),
	theme_unknown: () => m.library_error_theme_unknown(),
	theme_too_many: () => m.library_error_theme_too_many()
} satisfies Record<ThemeTagError, () => string>;
