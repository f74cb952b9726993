import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { cycles } from '../cycles/cycles.table';
import { proposals } from '../proposals/proposals.table';
import { publishDecisionStatement, recordResultChange } from '../decisions/decisions';
import { results } from '../results/results.table';
import { demoStaffEmail } from './demo-people';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What Brookfield's team decided after the Safer walks count, and what changed since: the statement
 * names the projects the count funded (whatever they are), and when the walking bus was funded and
 * then stopped (see demo-deliveries.ts), the change after the vote says so with its reason. Written
 * through the same domain functions the results page uses, so the audit record has them too.
 */
export async function seedDemoDecisions(tx: Database, now: Date): Promise<void> {
	const [found] = await tx
		.select({ place: places, cycleId: cycles.id })
		.from(cycles)
		.innerJoin(places, eq(places.id, cycles.placeId))
		.where(and(eq(places.slug, 'brookfield'), eq(cycles.slug, '2025-safer-walks')));
	if (!found) return;
	const { place, cycleId } = found;
	const [result] = await tx
		.select()
		.from(results)
		.where(and(eq(results.placeId, place.id), eq(results.cycleId, cycleId), isNull(results.potId)));
	const [lead] = await tx.select().from(users).where(eq(users.email, demoStaffEmail('brookfield', 'lead')));
	if (!result?.selected || !lead) return;
	const actor: Person = { kind: 'person', userId: lead.id, email: lead.email, displayName: lead.displayName, isSteward: false, roles: { [place.id]: 'lead' } };
	const target = { place: { id: place.id, languages: place.languages }, cycle: { id: cycleId, placeId: place.id }, potId: null };
	const cycleProposals = await tx.select({ id: proposals.id, title: proposals.title }).from(proposals).where(and(eq(proposals.placeId, place.id), eq(proposals.cycleId, cycleId)));
	const titleOf = (id: string) => cycleProposals.find((p) => p.id === id)?.title ?? '';
	const funded = result.selected.map(titleOf).filter(Boolean);
	const decidedAt = new Date((result.countedAt ?? now).getTime() + 6 * DAY_MS);

	const statement = await publishDecisionStatement({ db: tx, now: decidedAt }, actor, target, {
		body:
			`At the residents’ meeting in the school hall we agreed to fund what the count chose: ${funded.join('; ')}. ` +
			'The school’s parent council will help with the walking routes, and the council’s highways team has promised to look at the ' +
			'speed of traffic on School Lane in its own programme, since the speed cushions were not funded.',
		language: 'en'
	});
	if (!statement.ok) throw new Error(`demo decision statement: ${JSON.stringify(statement.errors)}`);

	const walkingBus = cycleProposals.find((p) => p.title === 'Walking bus with volunteer parents');
	if (walkingBus && result.selected.includes(walkingBus.id)) {
		const change = await recordResultChange({ db: tx, now: new Date(decidedAt.getTime() + 120 * DAY_MS) }, actor, target, {
			kind: 'project_dropped',
			proposalId: walkingBus.id,
			toProposalId: null,
			amountMinor: null,
			reason: 'Not enough parents could volunteer on weekday mornings. The school will try again next year; the money goes back into Brookfield’s next budget.'
		});
		if (!change.ok) throw new Error(`demo result change: ${JSON.stringify(change.errors)}`);
	}
}
