import { and, eq, inArray } from 'drizzle-orm';
import { findPublishedCycle } from '../cycles/cycles.queries';
import { proposalThemes } from '../library/library.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';

/** Brookfield's "Safer walks to school" proposals, tagged as its team would for the library. */
const SAFER_WALKS_THEMES: Record<string, string[]> = {
	'Lights along the brook path': ['feeling-safe', 'getting-around'],
	'Lollipop crossing patrol on Alder Road': ['feeling-safe', 'getting-around'],
	'Walking bus with volunteer parents': ['getting-around', 'young-people'],
	'Cut back hedges and mend the path': ['green-spaces', 'getting-around'],
	'Speed cushions on School Lane': ['feeling-safe'],
	'Hi-vis bags and bike lights for every child': ['feeling-safe', 'young-people']
};

/** Themes on the demo's funded cycle, so the library's theme pages have something in them. Call after seedDemoResults. */
export async function seedDemoThemes(tx: Database): Promise<void> {
	const [place] = await tx.select().from(places).where(eq(places.slug, 'brookfield'));
	const cycle = place ? await findPublishedCycle(tx, place.id, '2025-safer-walks') : null;
	if (!place || !cycle) return;
	const rows = await tx
		.select({ id: proposals.id, title: proposals.title })
		.from(proposals)
		.where(and(eq(proposals.placeId, place.id), eq(proposals.cycleId, cycle.id), inArray(proposals.title, Object.keys(SAFER_WALKS_THEMES))));
	const tags = rows.flatMap((row) => SAFER_WALKS_THEMES[row.title].map((theme) => ({ placeId: place.id, proposalId: row.id, theme })));
	if (tags.length > 0) await tx.insert(proposalThemes).values(tags).onConflictDoNothing();
}
