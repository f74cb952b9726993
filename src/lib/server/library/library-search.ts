import { sql, type SQL } from 'drizzle-orm';
import { deliveries } from '../delivery/delivery.table';
import { proposals } from '../proposals/proposals.table';

/**
 * Postgres text-search configuration for the language a proposal is written in. Welsh has no
 * built-in configuration (no stemmer, no stop words), so it and any other language use `simple`:
 * words matched as written, lower-cased.
 */
const SEARCH_CONFIGS: Record<string, string> = { en: 'english' };

/** The configuration for a language code, as SQL (a CASE over the known ones, `simple` otherwise). */
function configFor(language: SQL | unknown): SQL {
	const whens = Object.entries(SEARCH_CONFIGS).map(([code, config]) => sql`when ${language} = ${code} then ${sql.raw(`'${config}'`)}`);
	return sql`(case ${sql.join(whens, sql` `)} else 'simple' end)::regconfig`;
}

/** What a library search reads of a funded project: its proposal's words and why it is where it is. */
export const libraryText = sql`(${proposals.title} || ' ' || ${proposals.summary} || ' ' || ${proposals.details} || ' ' || coalesce(${deliveries.statusReason}, ''))`;

/**
 * Whether the text matches what a visitor typed (web-search syntax: words, "a phrase", -not), in
 * the proposal's own language (English stems: "buses" finds "bus"), or word for word in `simple`
 * — the fallback that finds Welsh, names and anything the stemmer would miss.
 */
export function matchesWords(text: SQL, words: string): SQL {
	const config = configFor(proposals.language);
	return sql`(to_tsvector(${config}, ${text}) @@ websearch_to_tsquery(${config}, ${words}) or to_tsvector('simple', ${text}) @@ websearch_to_tsquery('simple', ${words}))`;
}
