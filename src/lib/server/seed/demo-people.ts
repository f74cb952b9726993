import { users } from '../accounts/accounts.table';
import { hashPassword } from '../accounts/passwords';
import type { Database } from '../platform/db/database';
import { communityGroups, groupMembers } from '../groups/groups.table';
import { placeMemberships } from '../teams/teams.table';
import type { PlaceRole } from '../../teams/place-roles';

/*
 * Demo people, documented in the README so a newcomer can sign in as each kind of user.
 * Every staff account shares one password; the steward's authenticator key is public too.
 * These exist only in a database seeded with the demo places.
 */
export const DEMO_PASSWORD = 'placecraft-demo-password';
export const DEMO_STEWARD_EMAIL = 'steward@placecraft.example';
export const DEMO_STEWARD_TOTP_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** Roles in each demo place: the first place has every role so each can be tried. */
const rolesByPlace: Record<string, PlaceRole[]> = {
	brookfield: ['lead', 'team_member', 'facilitator', 'moderator'],
	'st-elwyns': ['lead', 'team_member', 'facilitator', 'moderator'],
	northgate: ['lead', 'team_member']
};

export const demoStaffEmail = (placeSlug: string, role: PlaceRole) => `${role.replace('_', '-')}.${placeSlug}@placecraft.example`;

export async function seedDemoPeople(tx: Database, placeIds: Record<string, string>): Promise<void> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const now = new Date();
	await tx.insert(users).values({
		email: DEMO_STEWARD_EMAIL,
		displayName: 'Sam (steward)',
		passwordHash,
		totpKey: DEMO_STEWARD_TOTP_KEY,
		isSteward: true,
		emailVerifiedAt: now
	});
	for (const [slug, roles] of Object.entries(rolesByPlace)) {
		const placeId = placeIds[slug];
		if (!placeId) continue;
		for (const role of roles) {
			const [user] = await tx
				.insert(users)
				.values({ email: demoStaffEmail(slug, role), displayName: null, passwordHash, emailVerifiedAt: now })
				.returning({ id: users.id });
			await tx.insert(placeMemberships).values({ placeId, userId: user.id, role });
		}
	}
	const [group] = await tx
		.insert(communityGroups)
		.values({
			slug: 'brookfield-youth-club',
			name: 'Brookfield Youth Club',
			description: 'Young people from Brookfield who meet on Tuesdays and Thursdays at the community centre.'
		})
		.returning({ id: communityGroups.id });
	const [member] = await tx
		.insert(users)
		.values({ email: 'youth-club@placecraft.example', displayName: 'Kai', emailVerifiedAt: now })
		.returning({ id: users.id });
	await tx.insert(groupMembers).values({ groupId: group.id, userId: member.id, role: 'admin' });
}
