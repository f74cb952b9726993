import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { pickText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { generateToken, hashToken } from '../accounts/tokens';
import { normaliseEmail } from '../accounts/accounts.queries';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { Place } from '../places/places.table';
import { refuse, type TeamResult } from './teams.errors';
import { placeHasLead } from './teams.queries';
import { invitations, placeMemberships } from './teams.table';
import type { PlaceRole } from '../../teams/place-roles';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const roleName: Record<PlaceRole, (i: object, o: { locale: Locale }) => string> = {
	lead: m.role_lead,
	team_member: m.role_team_member,
	facilitator: m.role_facilitator,
	moderator: m.role_moderator
};

/**
 * Invites someone to a place's team with a role and emails them a link. An earlier open invitation
 * to the same address for this place is replaced, so only the newest link works.
 * Call inside the transaction of the change when there is one (the steward's "create place").
 *
 * With `handOverReason`, this is a steward handing a place that has no lead left to a new one: it is
 * refused if the place has a lead by then, and the reason goes on the place's record.
 */
export async function inviteToTeam(
	deps: { db: Database; mailer: MailSender; now: Date; origin: string },
	actor: Person,
	input: { place: Place; email: string; role: PlaceRole; locale: Locale; handOverReason?: string }
): Promise<TeamResult> {
	const { db, mailer, now, origin } = deps;
	const email = normaliseEmail(input.email);
	const token = generateToken();
	const result = await db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: placeMemberships.id })
			.from(placeMemberships)
			.innerJoin(users, eq(users.id, placeMemberships.userId))
			.where(and(eq(placeMemberships.placeId, input.place.id), eq(users.email, email)))
			.limit(1);
		if (existing) return refuse('already_member');
		if (input.handOverReason !== undefined && (await placeHasLead(tx, input.place.id))) return refuse('place_has_lead');
		await tx
			.update(invitations)
			.set({ revokedAt: now })
			.where(and(eq(invitations.placeId, input.place.id), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
		const [invitation] = await tx
			.insert(invitations)
			.values({
				placeId: input.place.id,
				email,
				role: input.role,
				tokenHash: hashToken(token),
				invitedBy: actor.userId,
				expiresAt: new Date(now.getTime() + INVITATION_TTL_MS)
			})
			.returning({ id: invitations.id });
		await recordAuditEvent(tx, {
			placeId: input.place.id,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'invitation.sent',
			subjectType: 'invitation',
			subjectId: invitation.id,
			details: { email, role: input.role, by_steward: actor.isSteward && !actor.roles[input.place.id] },
			occurredAt: now
		});
		if (input.handOverReason !== undefined) {
			await recordAuditEvent(tx, {
				placeId: input.place.id,
				actorUserId: actor.userId,
				actorLabel: actor.email,
				action: 'team.lead_handed_over',
				subjectType: 'invitation',
				subjectId: invitation.id,
				details: { email, reason: input.handOverReason },
				occurredAt: now
			});
		}
		return { ok: true as const };
	});
	if (!result.ok) return result;
	// Sent after commit: a rolled-back invitation never reaches anyone's inbox.
	const locale = input.locale;
	const placeName = pickText(input.place.name, locale, input.place.languages);
	await mailer.send({
		to: email,
		subject: m.email_invite_subject({ place: placeName }, { locale }),
		text: m.email_invite_body({ place: placeName, role: roleName[input.role]({}, { locale }), link: `${origin}/invitations/${token}` }, { locale }),
		purpose: 'invitation'
	});
	return result;
}
