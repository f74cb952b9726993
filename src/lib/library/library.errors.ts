/** What the themes form may refuse (words in `components/library/theme-error-texts.ts`). */
export const THEME_TAG_ERRORS = ['theme_name_too_long', 'theme_name_no_letters', 'theme_unknown', 'theme_too_many'] as const;
export type ThemeTagError = (typeof THEME_TAG_ERRORS)[number];
