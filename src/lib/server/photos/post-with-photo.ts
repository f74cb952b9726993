import { checkDiscoverGate, discoverPhotosAllowed } from '../../cycles/phase-gates';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { postToDiscover, type PostResult } from '../posts/post-to-discover';
import { attachPhoto } from './attach-photo';
import type { PhotoUpload } from './read-photo-upload';

/**
 * A discover post with its optional photo (when the place takes photos in this phase), in one transaction: the post never appears without the
 * photo its author sent, nor the photo without its post. The photo was processed beforehand, so
 * no slow work holds the transaction open.
 */
export async function postWithPhoto(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: Parameters<typeof postToDiscover>[2] & { upload: PhotoUpload | null }
): Promise<PostResult | { ok: false; error: 'photos_off' }> {
	const { upload, ...post } = input;
	// The place chose no photos in this phase: a photo sent anyway is refused, not dropped unseen.
	// (A closed phase is said as such by postToDiscover, not as "no photos".)
	if (upload && checkDiscoverGate(post.cycle, post.kind, now).open && !discoverPhotosAllowed(post.cycle, now)) return { ok: false, error: 'photos_off' };
	return db.transaction(async (tx) => {
		const posted = await postToDiscover({ db: tx, now }, actor, post);
		if (!posted.ok || !upload) return posted;
		const attached = await attachPhoto(tx, {
			placeId: post.cycle.placeId,
			subject: { kind: 'post', id: posted.postId },
			photo: upload.photo,
			altText: upload.altText,
			uploadedByUserId: actor.userId
		});
		// A post made a moment ago in this transaction has no photo yet and is not hidden.
		if (!attached.ok) throw new Error(`a new post refused its photo: ${attached.error}`);
		return posted;
	});
}
