import { and, asc, eq, inArray } from 'drizzle-orm';
import { DEFAULT_THEMES, isDefaultTheme, type ThemeView } from '../../library/themes';
import type { Database } from '../platform/db/database';
import { placeThemes, proposalThemes } from './library.table';

/** The themes a place tags with: the default list, then the place's own in the order it added them. */
export async function listPlaceThemes(db: Database, placeId: string): Promise<ThemeView[]> {
	const own = await db.select({ slug: placeThemes.slug, name: placeThemes.name }).from(placeThemes).where(eq(placeThemes.placeId, placeId)).orderBy(asc(placeThemes.createdAt), asc(placeThemes.slug));
	return [...DEFAULT_THEMES.map((slug) => ({ slug, name: null })), ...own.filter((theme) => !isDefaultTheme(theme.slug))];
}

/** The slugs a proposal of this place is tagged with. */
export async function listProposalThemes(db: Database, ref: { placeId: string; proposalId: string }): Promise<string[]> {
	const rows = await db
		.select({ theme: proposalThemes.theme })
		.from(proposalThemes)
		.where(and(eq(proposalThemes.placeId, ref.placeId), eq(proposalThemes.proposalId, ref.proposalId)))
		.orderBy(asc(proposalThemes.theme));
	return rows.map((row) => row.theme);
}

/**
 * A theme as the library names it: a default one (its words are messages), or a place's own — the
 * first place that named it, since places that chose the same slug meant the same thing. Null when
 * no place has it.
 */
export async function findTheme(db: Database, slug: string): Promise<ThemeView | null> {
	if (isDefaultTheme(slug)) return { slug, name: null };
	const [row] = await db.select({ slug: placeThemes.slug, name: placeThemes.name }).from(placeThemes).where(eq(placeThemes.slug, slug)).orderBy(asc(placeThemes.createdAt)).limit(1);
	return row ?? null;
}

/** Which of these slugs the place may tag with (default or its own). */
export async function knownThemes(db: Database, placeId: string, slugs: string[]): Promise<Set<string>> {
	const own = slugs.length === 0 ? [] : await db.select({ slug: placeThemes.slug }).from(placeThemes).where(and(eq(placeThemes.placeId, placeId), inArray(placeThemes.slug, slugs)));
	return new Set([...slugs.filter(isDefaultTheme), ...own.map((row) => row.slug)]);
}

/**
 * Themes to search by: the default list and every theme a place added that tags a funded project
 * (named by the first place that added it), alphabetical by slug after the defaults.
 */
export async function listThemesInUse(db: Database): Promise<ThemeView[]> {
	const rows = await db
		.selectDistinctOn([placeThemes.slug], { slug: placeThemes.slug, name: placeThemes.name })
		.from(placeThemes)
		.innerJoin(proposalThemes, and(eq(proposalThemes.placeId, placeThemes.placeId), eq(proposalThemes.theme, placeThemes.slug)))
		.orderBy(asc(placeThemes.slug), asc(placeThemes.createdAt));
	return [...DEFAULT_THEMES.map((slug) => ({ slug, name: null })), ...rows.filter((row) => !isDefaultTheme(row.slug))];
}
