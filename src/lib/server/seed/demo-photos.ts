import { and, eq, like } from 'drizzle-orm';
import sharp from 'sharp';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { attachPhoto, type PhotoSubject } from '../photos/attach-photo';
import { processPhoto } from '../photos/process-photo';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { churchHall, darkPath, gazebo, parkBench, picnicTable } from './demo-photos-art';

/** A picture for a post (found by how its text starts) or a proposal (by its title). */
interface DemoPhoto {
	place: string;
	cycle: string;
	on: { post: string } | { proposal: string };
	art: string;
	altText: string;
}

const demoPhotos: DemoPhoto[] = [
	{
		place: 'northgate',
		cycle: '2026-the-green',
		on: { post: 'Benches!' },
		art: parkBench,
		altText: 'A wooden bench beside the path across the green, with a tree behind it'
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		on: { post: 'I walk round the green' },
		art: darkPath,
		altText: 'The path across the green after dark: lit windows in the towers, no lamps on the path'
	},
	{
		place: 'northgate',
		cycle: '2026-the-green',
		on: { post: 'The tenants’ association has a gazebo' },
		art: gazebo,
		altText: 'The tenants’ gazebo on the green with a table, fruit and bunting'
	},
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		on: { proposal: 'Benches and a picnic table along the brook path' },
		art: picnicTable,
		altText: 'A picnic table on the grass beside the brook, with reeds at the water’s edge'
	},
	{
		place: 'brookfield',
		cycle: '2026-spaces-to-meet',
		on: { proposal: 'Warm space and repair café at the church hall' },
		art: churchHall,
		altText: 'The red-brick church hall with its windows lit and the door open'
	}
];

/**
 * Demo photos on a few of Northgate's posts and Brookfield's proposals, made through the same
 * processing as residents' uploads. What is not there (a post or proposal renamed, a place not
 * seeded) is skipped quietly. About a second in all: pictures are small and few.
 */
export async function seedDemoPhotos(tx: Database, _now: Date): Promise<void> {
	for (const demo of demoPhotos) {
		const subject = await findSubject(tx, demo);
		if (!subject) continue;
		// Drawn to a PNG first: uploads refuse SVG, and the demo takes the same path as an upload.
		const drawn = await sharp(Buffer.from(demo.art)).png({ compressionLevel: 1 }).toBuffer();
		const processed = await processPhoto(drawn);
		if (!processed.ok) throw new Error(`demo photo refused: ${processed.error}`);
		await attachPhoto(tx, { placeId: subject.placeId, subject: subject.subject, photo: processed.photo, altText: demo.altText, uploadedByUserId: null });
	}
}

async function findSubject(tx: Database, demo: DemoPhoto): Promise<{ placeId: string; subject: PhotoSubject } | null> {
	const [cycle] = await tx
		.select({ id: cycles.id, placeId: cycles.placeId })
		.from(cycles)
		.innerJoin(places, eq(places.id, cycles.placeId))
		.where(and(eq(places.slug, demo.place), eq(cycles.slug, demo.cycle)));
	if (!cycle) return null;
	const inCycle = { placeId: cycle.placeId };
	if ('post' in demo.on) {
		const [post] = await tx
			.select({ id: posts.id })
			.from(posts)
			.where(and(eq(posts.placeId, cycle.placeId), eq(posts.cycleId, cycle.id), like(posts.body, `${demo.on.post}%`)))
			.limit(1);
		return post ? { ...inCycle, subject: { kind: 'post', id: post.id } } : null;
	}
	const [proposal] = await tx
		.select({ id: proposals.id })
		.from(proposals)
		.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.title, demo.on.proposal)))
		.limit(1);
	return proposal ? { ...inCycle, subject: { kind: 'proposal', id: proposal.id } } : null;
}
