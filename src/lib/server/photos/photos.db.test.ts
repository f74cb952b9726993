import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import { cycles, phases } from '../cycles/cycles.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts } from '../posts/posts.table';
import { listCyclePosts } from '../posts/posts.queries';
import { proposals } from '../proposals/proposals.table';
import { attachPhoto, MAX_PHOTOS } from './attach-photo';
import { photos } from './photos.table';
import { findServablePhoto, listPhotos } from './photos.queries';
import { postWithPhoto } from './post-with-photo';
import { processPhoto, type ProcessedPhoto } from './process-photo';
import { readPhotoUpload } from './read-photo-upload';
import { makePhoneJpeg, makeTextPretendingToBeJpeg } from '../testing/photos';
import { insertPlace } from '../testing/places';

const during = new Date('2026-03-10T12:00:00Z');
const after = new Date('2026-04-02T00:00:00Z');

describe.each(testDatabases())('photos on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let cycleId: string;
	let resident: Person;
	let photo: ProcessedPhoto;
	const loadCycle = async () => (await findPublishedCycle(handle.db, placeId, 'c'))!;
	const newPost = async (body: string) => (await handle.db.insert(posts).values({ placeId, cycleId, kind: 'need', body }).returning())[0];
	const attach = (subject: { kind: 'post' | 'proposal'; id: string }) =>
		attachPhoto(handle.db, { placeId, subject, photo, altText: 'A bench', uploadedByUserId: resident.userId });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		({ id: placeId } = await insertPlace(db, { slug: 'p' }));
		[{ id: cycleId }] = await db.insert(cycles).values({ placeId, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning({ id: cycles.id });
		await db.insert(phases).values({ placeId, cycleId, kind: 'discover', position: 1, opensAt: new Date('2026-03-01T00:00:00Z'), closesAt: new Date('2026-04-01T00:00:00Z'), settings: { postsOpen: true, assetsOpen: true } });
		const [user] = await db.insert(users).values({ email: 'r@example.org' }).returning();
		resident = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: {} };
		const processed = await processPhoto(await makePhoneJpeg());
		if (!processed.ok) throw new Error('test photo refused');
		photo = processed.photo;
	});
	afterAll(() => handle.close());

	it('posts a need with its photo and shows the photo, small, in the list', async () => {
		const upload = await readPhotoUpload({ db: handle.db, now: during }, resident, { file: new File([new Uint8Array(await makePhoneJpeg())], 'bench.jpg'), altText: 'A broken bench' });
		if (!upload.ok) throw new Error('upload refused');
		const posted = await postWithPhoto({ db: handle.db, now: during }, resident, { cycle: await loadCycle(), kind: 'need', body: 'Mend the bench', locationText: null, upload: upload.upload });
		if (!posted.ok) throw new Error('post refused');
		const [listed] = (await listCyclePosts(handle.db, { placeId, cycleId, kind: 'need', viewerId: null, limit: 10 })).filter((p) => p.id === posted.postId);
		expect(listed.photo).toMatchObject({ altText: 'A broken bench', width: 200, height: 400 });
		const served = await findServablePhoto(handle.db, { photoId: listed.photo!.id, size: 'small' });
		expect(served?.contentType).toBe('image/webp');
		expect(Buffer.from(served!.bytes).includes('WGS-84')).toBe(false);
	});

	it('writes neither the post nor its photo when the post is refused', async () => {
		const before = (await handle.db.select({ id: photos.id }).from(photos)).length;
		const refused = await postWithPhoto({ db: handle.db, now: after }, resident, {
			cycle: await loadCycle(),
			kind: 'need',
			body: 'Too late',
			locationText: null,
			upload: { photo, altText: 'Late' }
		});
		expect(refused).toEqual({ ok: false, error: 'phase_closed' });
		expect(await handle.db.select().from(posts).where(eq(posts.body, 'Too late'))).toEqual([]);
		expect((await handle.db.select({ id: photos.id }).from(photos)).length).toBe(before);
	});

	it('refuses a photo on a post when the place switched photos off, and posts nothing', async () => {
		await handle.db.update(phases).set({ settings: { photosAllowed: false } }).where(eq(phases.cycleId, cycleId));
		try {
			const input = { kind: 'need' as const, body: 'No photos please', locationText: null };
			expect(await postWithPhoto({ db: handle.db, now: during }, resident, { ...input, cycle: await loadCycle(), upload: { photo, altText: 'A bench' } })).toEqual({ ok: false, error: 'photos_off' });
			expect(await handle.db.select().from(posts).where(eq(posts.body, 'No photos please'))).toEqual([]);
			expect(await postWithPhoto({ db: handle.db, now: during }, resident, { ...input, cycle: await loadCycle(), upload: null })).toMatchObject({ ok: true });
		} finally {
			await handle.db.update(phases).set({ settings: { postsOpen: true, assetsOpen: true } }).where(eq(phases.cycleId, cycleId));
		}
	});

	it('takes one photo on a post, even when two arrive at the same moment', async () => {
		const post = await newPost('Lights on the path');
		const results = await Promise.all([attach({ kind: 'post', id: post.id }), attach({ kind: 'post', id: post.id })]);
		expect(results.filter((r) => r.ok)).toHaveLength(MAX_PHOTOS.post);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'photo_too_many' }]);
		expect(await listPhotos(handle.db, { placeId, subject: { kind: 'post', id: post.id } })).toHaveLength(1);
	});

	it('takes up to four photos on a proposal, oldest first', async () => {
		const [proposal] = await handle.db.insert(proposals).values({ placeId, cycleId, number: 1, title: 'Benches', summary: 'Six benches', estimatedCostMinor: 120000 }).returning();
		for (let i = 0; i < MAX_PHOTOS.proposal; i++) expect((await attach({ kind: 'proposal', id: proposal.id })).ok).toBe(true);
		expect(await attach({ kind: 'proposal', id: proposal.id })).toEqual({ ok: false, error: 'photo_too_many' });
		const listed = await listPhotos(handle.db, { placeId, subject: { kind: 'proposal', id: proposal.id } });
		expect(listed).toHaveLength(4);
		expect(listed[0]).toMatchObject({ altText: 'A bench', width: 200, height: 400, largeWidth: 200, largeHeight: 400 });
	});

	it('stops serving the photos of a hidden post, and takes no new ones for it', async () => {
		const post = await newPost('Something unkind');
		const attached = await attach({ kind: 'post', id: post.id });
		if (!attached.ok) throw new Error('photo refused');
		expect(await findServablePhoto(handle.db, { photoId: attached.photoId, size: 'large' })).not.toBeNull();
		await handle.db.update(posts).set({ hiddenAt: during, hiddenReason: 'unkind' }).where(eq(posts.id, post.id));
		expect(await findServablePhoto(handle.db, { photoId: attached.photoId, size: 'large' })).toBeNull();
		expect(await findServablePhoto(handle.db, { photoId: attached.photoId, size: 'small' })).toBeNull();
		expect(await attach({ kind: 'post', id: post.id })).toEqual({ ok: false, error: 'post_unknown' });
		const listed = await listCyclePosts(handle.db, { placeId, cycleId, kind: 'need', viewerId: null, limit: 50 });
		expect(listed.find((p) => p.id === post.id)?.photo).toBeNull();
	});

	it('never attaches a photo to another place\'s post', async () => {
		const post = await newPost('Ours');
		const { id: otherPlace } = await insertPlace(handle.db, { slug: 'q' });
		expect(await attachPhoto(handle.db, { placeId: otherPlace, subject: { kind: 'post', id: post.id }, photo, altText: '', uploadedByUserId: null })).toEqual({ ok: false, error: 'post_unknown' });
	});

	it('asks for a description with a photo, and refuses what is not a photo', async () => {
		const deps = { db: handle.db, now: during };
		const jpeg = new File([new Uint8Array(await makePhoneJpeg())], 'bench.jpg');
		expect(await readPhotoUpload(deps, resident, { file: undefined, altText: '' })).toEqual({ ok: true, upload: null });
		expect(await readPhotoUpload(deps, resident, { file: undefined, altText: '', required: true })).toMatchObject({ ok: false, errors: { photo: 'photo_missing' } });
		expect(await readPhotoUpload(deps, resident, { file: jpeg, altText: '' })).toMatchObject({ ok: false, errors: { photoAlt: 'photo_alt_missing' } });
		const text = new File([new Uint8Array(makeTextPretendingToBeJpeg())], 'holiday.jpg', { type: 'image/jpeg' });
		expect(await readPhotoUpload(deps, resident, { file: text, altText: 'My holiday' })).toMatchObject({ ok: false, errors: { photo: 'photo_not_image' } });
	});
});
