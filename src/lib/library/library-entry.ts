import type { DeliveryStatus } from '../delivery/delivery-statuses';
import type { LocalizedText } from '../localized-text';
import type { ThemeView } from './themes';

/** Who a funded project came from, as the library credits it (never the resident's name). */
export type ProposedBy = { kind: 'resident' } | { kind: 'group'; name: string } | { kind: 'workshop' };

/** One funded project of one place, as the library lists it and exports it. Money in minor units. */
export interface LibraryEntry {
	deliveryId: string;
	place: { slug: string; name: LocalizedText; languages: string[]; currency: string };
	cycle: { slug: string; title: LocalizedText };
	number: number;
	title: string;
	summary: string;
	/** The language the proposal was written in (pages mark it with lang=""). */
	language: string;
	/** What residents voted on: the team's checked cost, else the proposer's estimate. */
	expectedCostMinor: number;
	budgetMinor: number;
	spentMinor: number;
	status: DeliveryStatus;
	statusReason: string | null;
	fundedAt: Date;
	proposedBy: ProposedBy;
	themes: ThemeView[];
	/** The proposal's first photo, if it has one. */
	photo: { id: string; altText: string; width: number; height: number } | null;
	/** Whether the cycle has a published learning review to link to. */
	hasLearningReview: boolean;
}

/** The entry's own page: a stable address made of its place, its cycle and its proposal's number. */
export function libraryEntryPath(entry: { place: { slug: string }; cycle: { slug: string }; number: number }): string {
	return `/library/${entry.place.slug}/${entry.cycle.slug}/${entry.number}`;
}
