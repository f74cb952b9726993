import { z } from 'zod';
import { optionalText } from './fields';
import { THEME_SLUG } from '../library/themes';

/** The themes form: a box per theme (`theme_<slug>` = yes) and, optionally, a new theme's name. */
export const themeTagForm = z.object({ newTheme: optionalText(40, 'theme_name_too_long') });

/** The slugs whose box was ticked (anything that is not a slug is ignored: no such box exists). */
export function tickedThemes(values: Record<string, string>): string[] {
	return Object.entries(values)
		.filter(([key, value]) => key.startsWith('theme_') && value === 'yes')
		.map(([key]) => key.slice('theme_'.length))
		.filter((slug) => THEME_SLUG.test(slug) && slug.length <= 40);
}
