import { listRecentAuditHeads } from '$lib/server/audit/publish-audit-heads';
import { getDatabase } from '$lib/server/platform/db';
import { placeOr404 } from '$lib/server/places/place-or-404';
import type { PageServerLoad } from './$types';

/** Public: the published heads of the place's audit record (never the record itself, which is the team's). */
export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	const heads = await listRecentAuditHeads(db, place.id);
	return { place, heads: heads.map((head) => ({ length: head.length, hash: head.hash, publishedAt: head.publishedAt })) };
};
