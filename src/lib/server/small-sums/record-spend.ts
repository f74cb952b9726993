import { and, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { photos } from '../photos/photos.table';
import type { PhotoUpload } from '../photos/read-photo-upload';
import { todayIn } from '../delivery/delivery-forms';
import { potLeft, refuseSpend, type SpendRefusal } from '../../small-sums/spend-rules';
import type { SpendCategory } from '../../small-sums/spend-categories';
import { changeSmallSums, Refused, type SmallSumsDeps } from './change-small-sums';
import { smallSumsPots, smallSumsSpends, type SmallSumsPot } from './small-sums.table';

export type SpendInput = { item: string; supplier: string; amountMinor: number; purpose: string; category: SpendCategory; receiptPublic: boolean; receipt: PhotoUpload | null };
type PlaceRef = { id: string; timeZone: string };

/** What the pot's lines add up to, read inside the transaction that holds the pot's lock. */
async function spentFrom(tx: Database, pot: SmallSumsPot): Promise<number> {
	const [{ spent }] = await tx
		.select({ spent: sql<string>`coalesce(sum(${smallSumsSpends.amountMinor}), 0)` })
		.from(smallSumsSpends)
		.where(and(eq(smallSumsSpends.potId, pot.id), eq(smallSumsSpends.placeId, pot.placeId)));
	return Number(spent);
}

/**
 * A spend from the pot whose period covers the place's today, recorded and published at once: no
 * approval step. The pot's row is locked first, so two team members spending the last £40 at the
 * same moment are served one after the other and the second is told what is left.
 */
export function recordSpend(deps: SmallSumsDeps, actor: Person, place: PlaceRef, input: SpendInput) {
	return changeSmallSums<SpendRefusal | 'small_sums_no_pot'>(deps, actor, place.id, 'small_sums.spend', 'small_sums.spend_recorded', async (tx) => {
		const today = todayIn(deps.now, place.timeZone);
		const [pot] = await tx
			.select()
			.from(smallSumsPots)
			.where(and(eq(smallSumsPots.placeId, place.id), lte(smallSumsPots.startsOn, today), gte(smallSumsPots.endsOn, today)))
			.orderBy(desc(smallSumsPots.startsOn))
			.limit(1)
			.for('update');
		if (!pot) throw new Refused('small_sums_no_pot');
		const leftMinor = potLeft(pot.amountMinor, await spentFrom(tx, pot));
		const refusal = refuseSpend({ amountMinor: input.amountMinor, limitMinor: pot.spendLimitMinor, leftMinor });
		if (refusal) throw new Refused(refusal, { left: leftMinor, limit: pot.spendLimitMinor });
		const { receipt, ...line } = input;
		const [spend] = await tx
			.insert(smallSumsSpends)
			.values({ ...line, placeId: place.id, potId: pot.id, spentOn: today, recordedByUserId: actor.userId, createdAt: deps.now })
			.returning({ id: smallSumsSpends.id });
		if (receipt) await keepReceipt(tx, { placeId: place.id, spendId: spend.id, receipt, userId: actor.userId });
		return { subjectType: 'small_sums_spend', subjectId: spend.id, details: { ...line, potId: pot.id, spentOn: today, receipt: receipt !== null } };
	});
}

/**
 * A correction: a new line saying what the spend should have come to (0 when it was all refunded)
 * and why; the line holds the difference. Nothing is edited or deleted. A correction upwards
 * answers to the same limit and to what is left, under the same lock.
 */
export function correctSpend(deps: SmallSumsDeps, actor: Person, place: PlaceRef, input: { spendId: string; correctMinor: number; reason: string }) {
	return changeSmallSums<SpendRefusal | 'small_sums_spend_unknown' | 'small_sums_correction_same'>(deps, actor, place.id, 'small_sums.spend', 'small_sums.spend_corrected', async (tx) => {
		const [spend] = await tx
			.select()
			.from(smallSumsSpends)
			.where(and(eq(smallSumsSpends.id, input.spendId), eq(smallSumsSpends.placeId, place.id), sql`${smallSumsSpends.correctsSpendId} is null`));
		if (!spend) throw new Refused('small_sums_spend_unknown');
		const [pot] = await tx
			.select()
			.from(smallSumsPots)
			.where(and(eq(smallSumsPots.id, spend.potId), eq(smallSumsPots.placeId, place.id)))
			.for('update');
		const [{ total }] = await tx
			.select({ total: sql<string>`coalesce(sum(${smallSumsSpends.amountMinor}), 0)` })
			.from(smallSumsSpends)
			.where(and(eq(smallSumsSpends.placeId, place.id), or(eq(smallSumsSpends.id, spend.id), eq(smallSumsSpends.correctsSpendId, spend.id))));
		const difference = input.correctMinor - Number(total);
		if (difference === 0) throw new Refused('small_sums_correction_same');
		if (difference > 0) {
			const leftMinor = potLeft(pot.amountMinor, await spentFrom(tx, pot));
			const refusal = refuseSpend({ amountMinor: difference, spendTotalMinor: input.correctMinor, limitMinor: pot.spendLimitMinor, leftMinor });
			if (refusal) throw new Refused(refusal, { left: leftMinor, limit: pot.spendLimitMinor });
		}
		const today = todayIn(deps.now, place.timeZone);
		const [line] = await tx
			.insert(smallSumsSpends)
			.values({
				placeId: place.id,
				potId: pot.id,
				spentOn: today,
				item: spend.item,
				supplier: spend.supplier,
				amountMinor: difference,
				purpose: spend.purpose,
				category: spend.category,
				correctsSpendId: spend.id,
				reason: input.reason,
				recordedByUserId: actor.userId,
				createdAt: deps.now
			})
			.returning({ id: smallSumsSpends.id });
		return { subjectType: 'small_sums_spend', subjectId: line.id, details: { corrects: spend.id, from: Number(total), to: input.correctMinor, reason: input.reason } };
	});
}

/** The receipt photo (already re-encoded: no camera details, no GPS) on its spend. */
async function keepReceipt(tx: Database, input: { placeId: string; spendId: string; receipt: PhotoUpload; userId: string }) {
	const { photo, altText } = input.receipt;
	await tx.insert(photos).values({
		placeId: input.placeId,
		smallSumsSpendId: input.spendId,
		uploadedByUserId: input.userId,
		altText,
		contentType: photo.contentType,
		large: photo.large.bytes,
		largeWidth: photo.large.width,
		largeHeight: photo.large.height,
		small: photo.small.bytes,
		smallWidth: photo.small.width,
		smallHeight: photo.small.height
	});
}
