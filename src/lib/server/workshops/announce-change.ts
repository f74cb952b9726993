import type { Database } from '../platform/db/database';
import { liveChannel, publishLive } from '../platform/live/publish';

/** What changed on a board: a hint for logs and tests; listeners always re-read the whole board. */
export type BoardChange = 'idea' | 'dots' | 'poll' | 'vote' | 'theme' | 'activity' | 'status' | 'participant' | 'attendance' | 'agenda';

/**
 * Tells every app process serving this workshop's board to re-read it. Call it inside the
 * transaction that made the change: Postgres delivers at commit, never for a rollback.
 */
export async function announceBoardChange(db: Database, workshopId: string, change: BoardChange): Promise<void> {
	await publishLive(db, liveChannel('workshop', workshopId), change);
}
