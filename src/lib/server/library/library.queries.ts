import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import type { LibraryEntry, ProposedBy } from '../../library/library-entry';
import type { LibraryFilters } from '../../library/library-filters';
import { findCostBand } from '../../library/cost-bands';
import type { ThemeView } from '../../library/themes';
import { cycles } from '../cycles/cycles.table';
import { deliveries } from '../delivery/delivery.table';
import { communityGroups } from '../groups/groups.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { libraryText, matchesWords } from './library-search';

const expectedCost = sql<number>`coalesce(${proposals.reviewedCostMinor}, ${proposals.estimatedCostMinor})`;

const entryColumns = {
	deliveryId: deliveries.id,
	placeId: deliveries.placeId,
	placeSlug: places.slug,
	placeName: places.name,
	placeLanguages: places.languages,
	currency: places.currency,
	cycleSlug: cycles.slug,
	cycleTitle: cycles.title,
	number: proposals.number,
	title: proposals.title,
	summary: proposals.summary,
	language: proposals.language,
	expectedCostMinor: expectedCost.mapWith(Number),
	budgetMinor: deliveries.budgetMinor,
	status: deliveries.status,
	statusReason: deliveries.statusReason,
	fundedAt: deliveries.createdAt,
	groupName: communityGroups.name,
	// Summed in the database as integers (bigint), never floats; a correlated sum per row keeps one query.
	spentMinor: sql<number>`(select coalesce(sum(s.amount_minor), 0)::bigint from delivery_spending s where s.delivery_id = ${deliveries.id} and s.place_id = ${deliveries.placeId})`.mapWith(Number),
	fromWorkshop: sql<boolean>`exists (select 1 from workshop_ideas i where i.landed_proposal_id = ${proposals.id} and i.place_id = ${proposals.placeId})`,
	themes: sql<ThemeView[]>`(select coalesce(jsonb_agg(jsonb_build_object('slug', t.theme, 'name', pt.name) order by t.theme), '[]'::jsonb) from proposal_themes t left join place_themes pt on pt.place_id = t.place_id and pt.slug = t.theme where t.proposal_id = ${proposals.id} and t.place_id = ${proposals.placeId})`,
	photo: sql<LibraryEntry['photo']>`(select jsonb_build_object('id', ph.id, 'altText', ph.alt_text, 'width', ph.small_width, 'height', ph.small_height) from photos ph where ph.proposal_id = ${proposals.id} and ph.place_id = ${proposals.placeId} order by ph.created_at, ph.id limit 1)`,
	hasLearningReview: sql<boolean>`exists (select 1 from learning_reviews l where l.cycle_id = ${cycles.id} and l.place_id = ${cycles.placeId} and l.published_at is not null)`
};

type EntryRow = { [K in keyof typeof entryColumns]: unknown } & Record<string, unknown>;

function toEntry(row: EntryRow): LibraryEntry {
	const r = row as unknown as Omit<LibraryEntry, 'place' | 'cycle' | 'proposedBy'> & {
		placeSlug: string; placeName: LibraryEntry['place']['name']; placeLanguages: string[]; currency: string;
		cycleSlug: string; cycleTitle: LibraryEntry['cycle']['title']; groupName: string | null; fromWorkshop: boolean;
	};
	const proposedBy: ProposedBy = r.groupName ? { kind: 'group', name: r.groupName } : r.fromWorkshop ? { kind: 'workshop' } : { kind: 'resident' };
	return {
		deliveryId: r.deliveryId,
		place: { slug: r.placeSlug, name: r.placeName, languages: r.placeLanguages, currency: r.currency },
		cycle: { slug: r.cycleSlug, title: r.cycleTitle },
		number: r.number,
		title: r.title,
		summary: r.summary,
		language: r.language,
		expectedCostMinor: r.expectedCostMinor,
		budgetMinor: r.budgetMinor,
		spentMinor: r.spentMinor,
		status: r.status,
		statusReason: r.statusReason,
		fundedAt: r.fundedAt,
		proposedBy,
		themes: r.themes ?? [],
		photo: r.photo ?? null,
		hasLearningReview: Boolean(r.hasLearningReview)
	};
}

/** The library's base: every funded project (a delivery) of a published cycle whose proposal is not hidden. */
function selectEntries(db: Database) {
	return db
		.select(entryColumns)
		.from(deliveries)
		.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId), isNull(proposals.hiddenAt)))
		.innerJoin(cycles, and(eq(cycles.id, deliveries.cycleId), eq(cycles.placeId, deliveries.placeId), inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES])))
		.innerJoin(places, eq(places.id, deliveries.placeId))
		.leftJoin(communityGroups, eq(communityGroups.id, proposals.groupId));
}

function filterConditions(filters: Omit<LibraryFilters, 'page'>): SQL | undefined {
	const band = findCostBand(filters.band);
	const conditions: (SQL | undefined)[] = [
		filters.words ? matchesWords(libraryText, filters.words) : undefined,
		filters.theme ? sql`exists (select 1 from proposal_themes t where t.proposal_id = ${proposals.id} and t.place_id = ${proposals.placeId} and t.theme = ${filters.theme})` : undefined,
		band ? sql`${expectedCost} >= ${band.from}` : undefined,
		band && band.to !== null ? sql`${expectedCost} < ${band.to}` : undefined,
		filters.status ? eq(deliveries.status, filters.status) : undefined,
		filters.place ? eq(places.slug, filters.place) : undefined
	];
	return and(...conditions);
}

/**
 * One page of the library, newest funded first — the one order there is: never by turnout, money,
 * speed or a search score. One query whatever the library's size; `hasMore` from one extra row.
 */
export async function searchLibrary(db: Database, filters: LibraryFilters, pageSize: number): Promise<{ entries: LibraryEntry[]; hasMore: boolean }> {
	const rows = await selectEntries(db)
		.where(filterConditions(filters))
		.orderBy(desc(deliveries.createdAt), desc(deliveries.id))
		.limit(pageSize + 1)
		.offset((filters.page - 1) * pageSize);
	return { entries: rows.slice(0, pageSize).map(toEntry), hasMore: rows.length > pageSize };
}

/** Every entry (optionally of one place), in the library's one order: the open-data export and the feed. */
export async function listLibraryEntries(db: Database, scope: { placeId?: string } = {}): Promise<LibraryEntry[]> {
	const rows = await selectEntries(db)
		.where(scope.placeId ? eq(deliveries.placeId, scope.placeId) : undefined)
		.orderBy(desc(deliveries.createdAt), desc(deliveries.id));
	return rows.map(toEntry);
}

/** The entry at its stable address (place, cycle, proposal number), or null. */
export async function findLibraryEntry(db: Database, address: { placeSlug: string; cycleSlug: string; number: number }): Promise<(LibraryEntry & { placeId: string }) | null> {
	const [row] = await selectEntries(db).where(and(eq(places.slug, address.placeSlug), eq(cycles.slug, address.cycleSlug), eq(proposals.number, address.number)));
	return row ? { ...toEntry(row), placeId: row.placeId } : null;
}
