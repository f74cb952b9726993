import { eq } from 'drizzle-orm';
import type { Session, User } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { placeMemberships } from '../teams/teams.table';
import { centralServiceResponders } from '../central-services/central-services.table';
import type { PlaceRole } from '../../teams/place-roles';

/** Someone signed in, with what they may be in each place. */
export interface Person {
	kind: 'person';
	userId: string;
	email: string;
	displayName: string | null;
	/** True only when the session has passed two-factor: a steward's powers need it. */
	isSteward: boolean;
	/** Role per place id. Empty while a staff session still owes its second factor. */
	roles: Readonly<Record<string, PlaceRole>>;
	/** Central services this person answers for (ids); empty or absent while staff powers are owed. */
	answersFor?: readonly string[];
}

export type Actor = { kind: 'anonymous' } | Person;

export const anonymous: Actor = { kind: 'anonymous' };

/** Whether this user must pass a second factor before their staff powers count. */
export function owesSecondFactor(user: User, session: Session): boolean {
	return (user.totpKey !== null || user.isSteward) && !session.twoFactorVerified;
}

/**
 * Staff powers count only in a session signed in with the password (and second factor when owed).
 * An emailed code proves a mailbox: enough to take part as a resident, not to act for a place.
 */
export function hasStaffPowers(user: User, session: Session): boolean {
	return session.signedInWith === 'password' && !owesSecondFactor(user, session);
}

/**
 * Builds the actor for a request. Deny by default: until a session has signed in with the password
 * and passed two-factor (when the user has it, and always for stewards), the person acts as a
 * resident with no staff roles.
 */
export async function loadActor(db: Database, user: User, session: Session): Promise<Person> {
	const pending = !hasStaffPowers(user, session);
	const memberships = pending
		? []
		: await db
				.select({ placeId: placeMemberships.placeId, role: placeMemberships.role })
				.from(placeMemberships)
				.where(eq(placeMemberships.userId, user.id));
	const services = pending
		? []
		: await db
				.select({ serviceId: centralServiceResponders.serviceId })
				.from(centralServiceResponders)
				.where(eq(centralServiceResponders.userId, user.id));
	return {
		kind: 'person',
		userId: user.id,
		email: user.email,
		displayName: user.displayName,
		isSteward: user.isSteward && !pending,
		roles: Object.fromEntries(memberships.map((m) => [m.placeId, m.role])),
		answersFor: services.map((s) => s.serviceId)
	};
}

export function roleIn(actor: Actor, placeId: string): PlaceRole | null {
	return actor.kind === 'person' ? (actor.roles[placeId] ?? null) : null;
}
