import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { places } from '../places/places.table';
import {
	workshopActivities,
	workshopDots,
	workshopDotVotes,
	workshopIdeas,
	workshopParticipants,
	workshopPollAnswers,
	workshopPollOptions,
	workshops,
	workshopThemes
} from '../workshops/workshops.table';
import { demoStaffEmail } from './demo-people';
import { BROOKFIELD_YOUTH_EVENING, ST_ELWYNS_YOUNG_PEOPLE, type DemoWorkshop } from './demo-workshops-data';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Join codes the demo prints in the README: typed at /w on a phone to try the room. */
export const DEMO_LIVE_JOIN_CODE = BROOKFIELD_YOUTH_EVENING.joinCode;
export const DEMO_ENDED_JOIN_CODE = ST_ELWYNS_YOUNG_PEOPLE.joinCode;

/**
 * Two workshops: Brookfield's youth-space evening, live now on idea capture (join it with BRKYTH),
 * and St Elwyn's discover-phase workshop, ended, grouped, dotted, polled and landed as discover
 * posts, so the public workshop page has real results. Call after places, people and proposals;
 * does nothing for a place or cycle that is missing, and never writes a workshop twice.
 */
export async function seedDemoWorkshops(tx: Database, now: Date): Promise<void> {
	await seedWorkshop(tx, 'brookfield', '2026-spaces-to-meet', BROOKFIELD_YOUTH_EVENING, new Date(now.getTime() - 60 * MINUTE_MS));
	const stElwyns = await findCycle(tx, 'st-elwyns', '2026-a-place-for-young-people');
	const discover = stElwyns?.cycle.phases.find((phase) => phase.kind === 'discover');
	// Ten days into discover at 6 pm, and never in the future whatever the phase dates are.
	const discoverStart = discover?.opensAt?.getTime() ?? now.getTime() - 60 * DAY_MS;
	const startsAt = new Date(Math.min(discoverStart + 10 * DAY_MS + 18 * 60 * MINUTE_MS, now.getTime() - DAY_MS));
	await seedWorkshop(tx, 'st-elwyns', '2026-a-place-for-young-people', ST_ELWYNS_YOUNG_PEOPLE, startsAt);
}

async function findCycle(tx: Database, placeSlug: string, cycleSlug: string) {
	const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.slug, placeSlug));
	const cycle = place ? await findPublishedCycle(tx, place.id, cycleSlug) : null;
	return place && cycle ? { placeId: place.id, cycle } : null;
}

async function seedWorkshop(tx: Database, placeSlug: string, cycleSlug: string, demo: DemoWorkshop, startsAt: Date): Promise<void> {
	const found = await findCycle(tx, placeSlug, cycleSlug);
	if (!found) return;
	const [existing] = await tx.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, demo.joinCode));
	if (existing) return;
	const { placeId, cycle } = found;
	const [facilitator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail(placeSlug, 'facilitator')));
	const at = (minutes: number) => new Date(startsAt.getTime() + minutes * MINUTE_MS);
	const ended = demo.status === 'ended';
	const [workshop] = await tx
		.insert(workshops)
		.values({
			placeId,
			cycleId: cycle.id,
			phaseKind: demo.phaseKind,
			title: demo.title,
			venue: demo.venue,
			startsAt,
			joinCode: demo.joinCode,
			status: demo.status,
			currentPosition: ended ? demo.activities.length : demo.currentPosition,
			...demo.attendance,
			landedAt: ended ? at(150) : null,
			landedByUserId: ended ? (facilitator?.id ?? null) : null,
			createdByUserId: facilitator?.id ?? null,
			createdAt: new Date(startsAt.getTime() - 7 * DAY_MS),
			updatedAt: ended ? at(150) : startsAt
		})
		.returning({ id: workshops.id });
	const ref = { placeId, workshopId: workshop.id };

	const participantIds: Record<string, string> = {};
	for (const [index, name] of demo.participants.entries()) {
		const token = `demo-${demo.joinCode}-${index}-${crypto.randomUUID()}`;
		const [row] = await tx
			.insert(workshopParticipants)
			.values({ ...ref, tokenHash: encodeHexLowerCase(sha256(new TextEncoder().encode(token))), displayName: name || null, createdAt: at(index) })
			.returning({ id: workshopParticipants.id });
		participantIds[`p${index}`] = row.id;
	}

	const themeIds: Record<string, string> = {};
	for (const [index, name] of (demo.themes ?? []).entries()) {
		const [row] = await tx.insert(workshopThemes).values({ ...ref, name, position: index + 1, createdAt: at(40 + index) }).returning({ id: workshopThemes.id });
		themeIds[name] = row.id;
	}

	const ideaIds: string[] = [];
	for (const [index, idea] of demo.ideas.entries()) {
		const [row] = await tx
			.insert(workshopIdeas)
			.values({
				...ref,
				body: idea.body,
				participantId: idea.by === 'paper' ? null : participantIds[idea.by],
				enteredByUserId: idea.by === 'paper' ? (facilitator?.id ?? null) : null,
				themeId: idea.theme ? themeIds[idea.theme] : null,
				createdAt: at(5 + index * 2)
			})
			.returning({ id: workshopIdeas.id });
		ideaIds.push(row.id);
	}

	for (const [index, activity] of demo.activities.entries()) {
		const [row] = await tx
			.insert(workshopActivities)
			.values({ ...ref, position: index + 1, kind: activity.kind, prompt: activity.prompt, dotsPerPerson: activity.dotsPerPerson ?? null, dotTarget: activity.kind === 'dots' ? 'ideas' : null, createdAt: startsAt })
			.returning({ id: workshopActivities.id });
		if (activity.kind === 'dots' && activity.dots) {
			for (const [participant, spread] of Object.entries(activity.dots)) {
				const [vote] = await tx.insert(workshopDotVotes).values({ placeId, activityId: row.id, participantId: participantIds[participant], createdAt: at(80), updatedAt: at(85) }).returning({ id: workshopDotVotes.id });
				await tx.insert(workshopDots).values(Object.entries(spread).map(([ideaIndex, dots]) => ({ placeId, dotVoteId: vote.id, ideaId: ideaIds[Number(ideaIndex)], dots })));
			}
		}
		if (activity.kind === 'poll' && activity.options) {
			const options = await tx
				.insert(workshopPollOptions)
				.values(activity.options.map((label, i) => ({ placeId, activityId: row.id, position: i + 1, label })))
				.returning({ id: workshopPollOptions.id, position: workshopPollOptions.position });
			const byPosition = new Map(options.map((o) => [o.position, o.id]));
			const answers = Object.entries(activity.answers ?? {});
			if (answers.length) {
				await tx.insert(workshopPollAnswers).values(answers.map(([participant, option]) => ({ placeId, activityId: row.id, participantId: participantIds[participant], optionId: byPosition.get(option + 1)!, updatedAt: at(100) })));
			}
		}
	}

	if (ended) await landAsDiscoverPosts(tx, placeId, cycle.id, demo, ideaIds, at(150));
}

/** As the team's "land" action would: each idea becomes a discover post of the cycle, with no author account. */
async function landAsDiscoverPosts(tx: Database, placeId: string, cycleId: string, demo: DemoWorkshop, ideaIds: string[], landedAt: Date): Promise<void> {
	for (const [index, idea] of demo.ideas.entries()) {
		const [post] = await tx
			.insert(posts)
			.values({ placeId, cycleId, kind: idea.postKind ?? 'need', body: idea.body, authorUserId: null, createdAt: landedAt, updatedAt: landedAt })
			.returning({ id: posts.id });
		await tx.update(workshopIdeas).set({ landedPostId: post.id }).where(and(eq(workshopIdeas.id, ideaIds[index]), eq(workshopIdeas.placeId, placeId)));
	}
}
