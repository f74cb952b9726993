import { m } from '$lib/paraglide/messages';
import type { CostBand } from '$lib/library/cost-bands';
import type { ProposedBy } from '$lib/library/library-entry';

/** A cost band in the reader's language (the bands are in the place's main unit: pounds). */
export const costBandText: Record<CostBand, () => string> = {
	'under-1000': m.library_band_under_1000,
	'1000-5000': m.library_band_1000_5000,
	'5000-20000': m.library_band_5000_20000,
	'over-20000': m.library_band_over_20000
};

/** Who a funded project came from, credited as the library credits it (never a resident's name). */
export function proposedByText(by: ProposedBy): string {
	if (by.kind === 'group') return m.library_by_group({ group: by.name });
	return by.kind === 'workshop' ? m.library_by_workshop() : m.library_by_resident();
}
