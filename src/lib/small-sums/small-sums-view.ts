import type { PhotoView } from '../photos/photo-view';
import type { SpendCategory } from './spend-categories';

/** A place's small-sums pot as its pages show it: the settings and what is left. */
export interface PotView {
	id: string;
	amountMinor: number;
	funderName: string;
	startsOn: string;
	endsOn: string;
	spendLimitMinor: number;
	spentMinor: number;
	leftMinor: number;
}

/** One line of a pot: a spend, or a correction of one (its amount may be below zero). */
export interface SpendView {
	id: string;
	spentOn: string;
	item: string;
	supplier: string;
	amountMinor: number;
	purpose: string;
	category: SpendCategory;
	/** The spend this line corrects, with the reason; null for a spend. */
	corrects: { id: string; spentOn: string; item: string } | null;
	reason: string | null;
	/** Only when the team ticked "show the receipt publicly". */
	receipt: PhotoView | null;
}
