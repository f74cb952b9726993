import { asc, eq } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { placeMemberships } from '../teams/teams.table';
import { centralServiceResponders } from '../central-services/central-services.table';

/**
 * Where a staff sign-in lands: the home of the one place the person works in; a short list of
 * their places when they work in several; the steward area for a steward with no place of their
 * own; the central services for someone who answers for one; their account otherwise (someone invited who has no place yet, or left every team).
 * Called only once the sign-in (and its second step, when owed) is complete.
 */
export async function staffLandingPath(db: Database, user: { id: string; isSteward: boolean }): Promise<string> {
	const teams = await db
		.select({ slug: places.slug })
		.from(placeMemberships)
		.innerJoin(places, eq(places.id, placeMemberships.placeId))
		.where(eq(placeMemberships.userId, user.id))
		.orderBy(asc(places.slug))
		.limit(2);
	if (teams.length === 1) return `/places/${teams[0].slug}/home`;
	if (teams.length > 1) return '/staff/places';
	if (user.isSteward) return '/steward';
	const [answers] = await db.select({ serviceId: centralServiceResponders.serviceId }).from(centralServiceResponders).where(eq(centralServiceResponders.userId, user.id)).limit(1);
	return answers ? '/services' : '/account';
}
