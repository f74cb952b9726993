import type { Person } from '../auth/actor';
import { cycles } from '../cycles/cycles.table';
import { deliveries, deliverySpending } from '../delivery/delivery.table';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import type { DeliveryStatus } from '../../delivery/delivery-statuses';
import { addPerson } from './proposals';
import { insertPlace } from './places';

/** A place with one finished cycle, its lead and a facilitator, for the library tests. */
export async function seedLibraryPlace(db: Database, slug: string, languages: string[] = ['en']) {
	const place = await insertPlace(db, { slug, languages, name: { en: `${slug} place`, cy: `lle ${slug}` } });
	const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: '2025', title: { en: 'Round 2025', cy: 'Rownd 2025' }, challenge: {}, status: 'finished' }).returning();
	const lead = await addPerson(db, `lead@${slug}.example`, { [place.id]: 'lead' });
	const facilitator = await addPerson(db, `facilitator@${slug}.example`, { [place.id]: 'facilitator' });
	return { place, cycle, lead, facilitator };
}

/**
 * A funded project as the library reads it: a feasible proposal and its delivery (funded at
 * `fundedAt`), with spending lines. Written straight in: the library reads deliveries, not counts.
 */
export async function addFundedProject(
	db: Database,
	where: { place: { id: string }; cycle: { id: string } },
	project: { number: number; title: string; summary?: string; language?: string; costMinor: number; status?: DeliveryStatus; reason?: string; spent?: number[]; fundedAt: Date; hidden?: boolean; author?: Person }
) {
	const [proposal] = await db
		.insert(proposals)
		.values({
			placeId: where.place.id,
			cycleId: where.cycle.id,
			number: project.number,
			title: project.title,
			summary: project.summary ?? 'A funded project.',
			language: project.language ?? 'en',
			estimatedCostMinor: project.costMinor,
			status: 'feasible',
			reviewReason: 'Feasible.',
			authorUserId: project.author?.userId ?? null,
			...(project.hidden ? { hiddenAt: project.fundedAt, hiddenReason: 'Abusive words.' } : {})
		})
		.returning();
	const [delivery] = await db
		.insert(deliveries)
		.values({ placeId: where.place.id, cycleId: where.cycle.id, proposalId: proposal.id, budgetMinor: project.costMinor, status: project.status ?? 'planned', statusReason: project.reason ?? null, createdAt: project.fundedAt, updatedAt: project.fundedAt })
		.returning();
	if (project.spent?.length) {
		await db.insert(deliverySpending).values(project.spent.map((amountMinor, index) => ({ placeId: where.place.id, deliveryId: delivery.id, amountMinor, note: `Line ${index + 1}`, spentOn: '2026-01-15' })));
	}
	return { proposal, delivery };
}
