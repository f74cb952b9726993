import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { users } from '../accounts/accounts.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { deliveries, deliveryMilestones, deliverySpending, deliveryUpdates, outcomeEvidence, outcomes } from '../delivery/delivery.table';
import type { DeliveryStatus } from '../../delivery/delivery-statuses';
import { ensureDeliveries } from '../delivery/ensure-deliveries';
import { attachUpdatePhoto } from '../delivery/update-photos';
import { processPhoto } from '../photos/process-photo';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { demoStaffEmail } from './demo-people';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Solar lamp posts along a path by a brook at dusk, lit. Drawn like demo-photos-art's pictures (no text, no fonts). */
const litPath =
	`<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480" viewBox="0 0 960 640">` +
	`<rect width="960" height="640" fill="#27355e"/><rect y="380" width="960" height="260" fill="#2e4a3a"/>` +
	`<path d="M0 560 C 240 520 420 600 640 560 C 800 530 900 560 960 550 L 960 640 L 0 640 Z" fill="#3f6f99"/>` +
	`<path d="M300 640 C 360 540 470 450 600 380 L 640 380 C 540 460 460 550 430 640 Z" fill="#8d8a80"/>` +
	[0, 1, 2, 3]
		.map((i) => {
			const x = 250 + i * 120;
			const top = 180 + i * 45;
			const h = 300 - i * 55;
			return `<circle cx="${x}" cy="${top}" r="${60 - i * 10}" fill="#ffe89a" opacity="0.35"/><rect x="${x - 5}" y="${top}" width="10" height="${h}" fill="#20242b"/><rect x="${x - 16}" y="${top - 12}" width="32" height="14" fill="#ffe27a"/>`;
		})
		.join('') +
	`</svg>`;

interface DemoDelivery {
	title: string;
	status: DeliveryStatus;
	reason?: string;
	/** Days from today: negative is past. A milestone without `done` is still to do. */
	milestones: { title: string; due: number | null; done?: number }[];
	spending: { amount: number; note: string; on: number }[];
}

const pounds = (amount: number) => Math.round(amount * 100);

const SAFER_WALKS: DemoDelivery[] = [
	{
		title: 'Lights along the brook path',
		status: 'in_progress',
		reason: 'The council gave permission and the first lights are going up.',
		milestones: [
			{ title: 'Council permission for the lights', due: -60, done: -45 },
			{ title: 'First 20 lights up, footbridge to the bend', due: 14 },
			{ title: 'All lights up to the school gate', due: 60 }
		],
		spending: [
			{ amount: pounds(1_200), note: 'Survey and design of the path', on: -70 },
			{ amount: pounds(420), note: 'Council permission fee', on: -50 },
			{ amount: pounds(5_850.5), note: 'First 20 solar lights (deposit)', on: -30 }
		]
	},
	{
		title: 'Hi-vis bags and bike lights for every child',
		status: 'done',
		reason: 'Every one of the school’s 310 children got a reflective bag and a set of bike lights.',
		milestones: [
			{ title: 'Order the bags and lights', due: -100, done: -98 },
			{ title: 'Hand them out at school', due: -80, done: -82 }
		],
		spending: [{ amount: pounds(2_365), note: '310 hi-vis bags and bike light sets', on: -95 }]
	},
	{
		title: 'Walking bus with volunteer parents',
		status: 'stopped',
		reason: 'Not enough parents could volunteer on weekday mornings. The school will try again next year; the money left goes back into Brookfield’s budget.',
		milestones: [{ title: 'Train the first ten volunteers', due: -40 }],
		spending: [{ amount: pounds(180), note: 'Volunteer training session', on: -55 }]
	},
	{
		title: 'Lollipop crossing patrol on Alder Road',
		status: 'planned',
		milestones: [
			{ title: 'Council recruits a crossing patrol officer', due: 30 },
			{ title: 'Patrol starts at the Alder Road junction', due: 75 }
		],
		spending: []
	}
];

/**
 * Brookfield's 'Safer walks to school' after the vote: a delivery for each funded proposal (read
 * from the stored result), one done, one in progress with steps, money spent, news with a photo
 * and an outcome set with residents with evidence over time, one stopped with its reason, one
 * planned. Deterministic: dates are days from `now`. Call after seedDemoResults.
 */
export async function seedDemoDeliveries(tx: Database, now: Date): Promise<void> {
	const [place] = await tx.select().from(places).where(eq(places.slug, 'brookfield'));
	const cycle = place ? await findPublishedCycle(tx, place.id, '2025-safer-walks') : null;
	if (!place || !cycle) return;
	await ensureDeliveries({ db: tx, now }, cycle);
	// Seeded once: a second call (a test, a re-run) leaves the demo as it is.
	const [seeded] = await tx.select({ id: deliveryMilestones.id }).from(deliveryMilestones).innerJoin(deliveries, eq(deliveries.id, deliveryMilestones.deliveryId)).where(eq(deliveries.cycleId, cycle.id)).limit(1);
	if (seeded) return;
	const [lead] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoStaffEmail('brookfield', 'lead')));
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const day = (offset: number) => new Date(today + offset * DAY_MS).toISOString().slice(0, 10);
	const at = (offset: number) => new Date(today + offset * DAY_MS + 10 * 60 * 60 * 1000);
	const by = lead?.id ?? null;

	for (const demo of SAFER_WALKS) {
		const [row] = await tx
			.select({ id: deliveries.id })
			.from(deliveries)
			.innerJoin(proposals, eq(proposals.id, deliveries.proposalId))
			.where(and(eq(deliveries.placeId, place.id), eq(deliveries.cycleId, cycle.id), eq(proposals.title, demo.title)));
		// Only what the count funded has a delivery: a different result skips the rest quietly.
		if (!row) continue;
		const ids = { placeId: place.id, deliveryId: row.id };
		await tx.update(deliveries).set({ status: demo.status, statusReason: demo.reason ?? null }).where(eq(deliveries.id, row.id));
		if (demo.milestones.length > 0) {
			await tx.insert(deliveryMilestones).values(demo.milestones.map((m, index) => ({ ...ids, title: m.title, dueOn: m.due === null ? null : day(m.due), doneOn: m.done === undefined ? null : day(m.done), position: index + 1 })));
		}
		if (demo.spending.length > 0) {
			await tx.insert(deliverySpending).values(demo.spending.map((s) => ({ ...ids, amountMinor: s.amount, note: s.note, spentOn: day(s.on), recordedByUserId: by, createdAt: at(s.on) })));
		}
		if (demo.title === 'Lights along the brook path') await seedLightsNews(tx, ids, { at, day, by });
	}
}

async function seedLightsNews(
	tx: Database,
	ids: { placeId: string; deliveryId: string },
	{ at, day, by }: { at: (offset: number) => Date; day: (offset: number) => string; by: string | null }
): Promise<void> {
	await tx.insert(deliveryUpdates).values({ ...ids, body: 'The council has said yes to the lights. The supplier delivers the first 20 lights next month.', language: 'en', writtenByUserId: by, createdAt: at(-44) });
	const [withPhoto] = await tx
		.insert(deliveryUpdates)
		.values({ ...ids, body: 'The first lamp posts are in along the brook path, from the footbridge to the bend. They switch on at dusk.', language: 'en', writtenByUserId: by, createdAt: at(-10) })
		.returning({ id: deliveryUpdates.id });
	// Drawn to a PNG first: uploads refuse SVG, and the demo takes the same path as an upload.
	const processed = await processPhoto(await sharp(Buffer.from(litPath)).png({ compressionLevel: 1 }).toBuffer());
	if (!processed.ok) throw new Error(`demo photo refused: ${processed.error}`);
	await attachUpdatePhoto(tx, {
		...ids,
		updateId: withPhoto.id,
		upload: { photo: processed.photo, altText: 'Four new solar lamp posts lit along the path beside the brook at dusk' },
		uploadedByUserId: by
	});

	const [outcome] = await tx
		.insert(outcomes)
		.values({ ...ids, statement: 'Children walk to school along the brook path in the dark months', agreedWith: 'Parents and children at a meeting at the school gate', createdByUserId: by, createdAt: at(-80) })
		.returning({ id: outcomes.id });
	await tx.insert(outcomeEvidence).values([
		{ placeId: ids.placeId, outcomeId: outcome.id, body: 'Before the lights: on a dark morning we counted 9 children on the brook path between 8 and 9. Most families drove or walked along the main road.', observedOn: day(-75), addedByUserId: by, createdAt: at(-75) },
		{ placeId: ids.placeId, outcomeId: outcome.id, body: 'With the first lights on: 23 children on the same stretch on a dark morning. Parents said the footbridge end feels safe now.', observedOn: day(-7), addedByUserId: by, createdAt: at(-7) }
	]);
}
