import { and, count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../platform/db/database';
import { photoViewColumns } from '../photos/photos.queries';
import { photos } from '../photos/photos.table';
import { potLeft } from '../../small-sums/spend-rules';
import type { PotView, SpendView } from '../../small-sums/small-sums-view';
import { smallSumsPots, smallSumsSpends } from './small-sums.table';

/** Lines a page shows at once: enough for a month of spends on one phone screen's scroll. */
export const SPENDS_PER_PAGE = 20;

// Written out in full: in a one-table select drizzle leaves columns unqualified, and "id" would be the inner table's.
const spentSum = sql<string>`coalesce((select sum(s.amount_minor) from small_sums_spends s where s.pot_id = small_sums_pots.id and s.place_id = small_sums_pots.place_id), 0)`;

/** Every pot of a place, newest period first, each with what was spent and what is left. */
export async function listPots(db: Database, placeId: string): Promise<PotView[]> {
	const rows = await db
		.select({
			id: smallSumsPots.id,
			amountMinor: smallSumsPots.amountMinor,
			funderName: smallSumsPots.funderName,
			startsOn: smallSumsPots.startsOn,
			endsOn: smallSumsPots.endsOn,
			spendLimitMinor: smallSumsPots.spendLimitMinor,
			spent: spentSum
		})
		.from(smallSumsPots)
		.where(eq(smallSumsPots.placeId, placeId))
		.orderBy(desc(smallSumsPots.startsOn));
	return rows.map(({ spent, ...pot }) => ({ ...pot, spentMinor: Number(spent), leftMinor: potLeft(pot.amountMinor, Number(spent)) }));
}

/** The pot whose period covers the place's today (days as YYYY-MM-DD compare as text). */
export function currentPot(pots: PotView[], today: string): PotView | null {
	return pots.find((pot) => pot.startsOn <= today && today <= pot.endsOn) ?? null;
}

const original = alias(smallSumsSpends, 'original');
const lineColumns = {
	id: smallSumsSpends.id,
	spentOn: smallSumsSpends.spentOn,
	item: smallSumsSpends.item,
	supplier: smallSumsSpends.supplier,
	amountMinor: smallSumsSpends.amountMinor,
	purpose: smallSumsSpends.purpose,
	category: smallSumsSpends.category,
	reason: smallSumsSpends.reason,
	correctsId: original.id,
	correctsOn: original.spentOn,
	correctsItem: original.item
};

/** A page of the place's lines, newest first, with each public receipt; and how many lines in all. */
export async function listSpends(db: Database, placeId: string, page: number): Promise<{ spends: SpendView[]; total: number }> {
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({ ...lineColumns, receiptId: photos.id, receipt: photoViewColumns })
			.from(smallSumsSpends)
			.leftJoin(original, and(eq(original.id, smallSumsSpends.correctsSpendId), eq(original.placeId, smallSumsSpends.placeId)))
			.leftJoin(photos, and(eq(photos.smallSumsSpendId, smallSumsSpends.id), eq(photos.placeId, smallSumsSpends.placeId), eq(smallSumsSpends.receiptPublic, true)))
			.where(eq(smallSumsSpends.placeId, placeId))
			.orderBy(desc(smallSumsSpends.createdAt), desc(smallSumsSpends.id))
			.limit(SPENDS_PER_PAGE)
			.offset((page - 1) * SPENDS_PER_PAGE),
		db.select({ total: count() }).from(smallSumsSpends).where(eq(smallSumsSpends.placeId, placeId))
	]);
	return { spends: rows.map(toView), total };
}

/** Every line of the place, newest first, for the CSV download. */
export async function listAllSpends(db: Database, placeId: string): Promise<SpendView[]> {
	const rows = await db
		.select(lineColumns)
		.from(smallSumsSpends)
		.leftJoin(original, and(eq(original.id, smallSumsSpends.correctsSpendId), eq(original.placeId, smallSumsSpends.placeId)))
		.where(eq(smallSumsSpends.placeId, placeId))
		.orderBy(desc(smallSumsSpends.createdAt), desc(smallSumsSpends.id));
	return rows.map((row) => toView({ ...row, receiptId: null, receipt: null }));
}

/** One spend of the place (not a correction) and what it comes to with its corrections, or null. */
export async function findSpend(db: Database, placeId: string, spendId: string): Promise<(SpendView & { totalMinor: number }) | null> {
	const [row] = await db
		.select({
			...lineColumns,
			total: sql<string>`(select sum(c.amount_minor) from small_sums_spends c where c.place_id = small_sums_spends.place_id and (c.id = small_sums_spends.id or c.corrects_spend_id = small_sums_spends.id))`
		})
		.from(smallSumsSpends)
		.leftJoin(original, and(eq(original.id, smallSumsSpends.correctsSpendId), eq(original.placeId, smallSumsSpends.placeId)))
		.where(and(eq(smallSumsSpends.id, spendId), eq(smallSumsSpends.placeId, placeId), sql`${smallSumsSpends.correctsSpendId} is null`));
	if (!row) return null;
	const { total, ...line } = row;
	return { ...toView({ ...line, receiptId: null, receipt: null }), totalMinor: Number(total) };
}

type LineRow = Omit<SpendView, 'corrects' | 'receipt'> & { correctsId: string | null; correctsOn: string | null; correctsItem: string | null; receiptId: string | null; receipt: SpendView['receipt'] };

function toView({ correctsId, correctsOn, correctsItem, receiptId, receipt, ...line }: LineRow): SpendView {
	return {
		...line,
		corrects: correctsId ? { id: correctsId, spentOn: correctsOn!, item: correctsItem! } : null,
		receipt: receiptId ? receipt : null
	};
}
