import { and, eq } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { learningReviews, type LearningReview } from './learning.table';

/** A cycle's learning review, draft or published, or null when the team has not started one. */
export async function findLearningReview(db: Database, cycle: { id: string; placeId: string }): Promise<LearningReview | null> {
	const [row] = await db
		.select()
		.from(learningReviews)
		.where(and(eq(learningReviews.placeId, cycle.placeId), eq(learningReviews.cycleId, cycle.id)))
		.limit(1);
	return row ?? null;
}

/** Who may read a review: anyone once it is published; before that, only the team writing it. */
export function canReadLearningReview(review: LearningReview | null, canWrite: boolean): boolean {
	return canWrite || review?.publishedAt != null;
}
