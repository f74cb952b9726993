import { contributions } from '../../src/lib/server/budget/budget.table';
import { cycles, phases } from '../../src/lib/server/cycles/cycles.table';
import type { Database } from '../../src/lib/server/platform/db/database';
import { places } from '../../src/lib/server/places/places.table';
import { proposals } from '../../src/lib/server/proposals/proposals.table';
import { sessions, users } from '../../src/lib/server/accounts/accounts.table';
import { generateToken, hashToken } from '../../src/lib/server/accounts/tokens';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/lib/server/accounts/sessions';

/** A resident who signed in with an emailed code: a session cookie and no staff powers. */
export interface BenchVoter {
	userId: string;
	/** The cookie's token; the database keeps only its hash, as createSession does. */
	token: string;
}

export interface OpenVote {
	placeId: string;
	cycleId: string;
	/** The vote page's path, e.g. /places/bench/cycles/spring-vote/vote. */
	votePath: string;
	proposalIds: string[];
	voters: BenchVoter[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PROPOSALS = 8;
const CHUNK = 2000;

/**
 * One place with one active cycle whose vote (test phase) is open now: an approval ballot of up to
 * three projects, no pots, no postcode or age question (eligibility open), eight feasible proposals,
 * £100,000 of contributions, and `voterCount` residents each with a live session.
 */
export async function seedOpenVote(db: Database, voterCount: number, now = new Date()): Promise<OpenVote> {
	const [place] = await db.insert(places).values({ slug: 'bench', name: { en: 'Bench' }, summary: { en: 'A place for the ballot benchmark' }, areaDescription: {}, teamDescription: {} }).returning();
	const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'spring-vote', title: { en: 'The spring vote' }, challenge: { en: 'What should we do?' }, status: 'active' }).returning();
	const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
	const kinds = [
		{ kind: 'discover' as const, opensAt: at(-60), closesAt: at(-40), settings: {} },
		{ kind: 'co_create' as const, opensAt: at(-40), closesAt: at(-1), settings: {} },
		{ kind: 'test' as const, opensAt: at(-1), closesAt: at(14), settings: { ballotType: 'approval', approvalMinChoices: 1, approvalMaxChoices: 3 } },
		{ kind: 'implement' as const, opensAt: at(14), closesAt: at(200), settings: {} }
	];
	await db.insert(phases).values(kinds.map((phase, position) => ({ placeId: place.id, cycleId: cycle.id, position: position + 1, ...phase })));
	await db.insert(contributions).values({ placeId: place.id, cycleId: cycle.id, funderName: 'Council', amountMinor: 10_000_000 });
	const rows = await db
		.insert(proposals)
		.values(
			Array.from({ length: PROPOSALS }, (_, i) => ({
				placeId: place.id,
				cycleId: cycle.id,
				number: i + 1,
				title: `Project ${i + 1}`,
				summary: `What project ${i + 1} would do for the neighbourhood, in a sentence or two.`,
				estimatedCostMinor: 1_000_000 + i * 250_000,
				status: 'feasible' as const,
				reviewReason: 'Checked by the team'
			}))
		)
		.returning({ id: proposals.id });
	return { placeId: place.id, cycleId: cycle.id, votePath: '/places/bench/cycles/spring-vote/vote', proposalIds: rows.map((r) => r.id), voters: await seedVoters(db, voterCount, now) };
}

/** Residents and their sessions, in a few bulk inserts (thousands of createSession calls would take minutes). */
async function seedVoters(db: Database, count: number, now: Date): Promise<BenchVoter[]> {
	const voters: BenchVoter[] = [];
	for (let start = 0; start < count; start += CHUNK) {
		const size = Math.min(CHUNK, count - start);
		const made = await db
			.insert(users)
			.values(Array.from({ length: size }, (_, i) => ({ email: `voter${start + i}@bench.invalid`, emailVerifiedAt: now })))
			.returning({ id: users.id });
		const chunk = made.map((user) => ({ userId: user.id, token: generateToken() }));
		await db.insert(sessions).values(
			chunk.map((voter) => ({
				id: hashToken(voter.token),
				userId: voter.userId,
				createdAt: now,
				expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
				absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
				signedInWith: 'email_code' as const
			}))
		);
		voters.push(...chunk);
	}
	return voters;
}
