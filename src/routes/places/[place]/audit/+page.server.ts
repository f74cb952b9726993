import { listAuditEvents } from '$lib/server/audit/list-audit-events';
import { verifyAuditChain } from '$lib/server/audit/verify-audit-chain';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { canOnPlace } from '$lib/server/places/places.permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnPlace, 'place.read_audit', { placeId: place.id });
	const before = Number(url.searchParams.get('before')) || undefined;
	const events = await listAuditEvents(db, { chain: place.id, limit: 50, before });
	return {
		place,
		verification: await verifyAuditChain(db, place.id),
		events: events.map((e) => ({
			sequence: e.sequence,
			occurredAt: e.occurredAt,
			actor: e.actorLabel,
			action: e.action,
			details: e.details
		})),
		nextBefore: events.length === 50 ? events.at(-1)?.sequence : undefined
	};
};
