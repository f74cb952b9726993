import { eq } from 'drizzle-orm';
import { openAppDatabase } from '../db';
import type { Database } from '../db/database';
import { isJoinCodeShape, normalizeJoinCode } from '../workshops/join-code';
import { loadBoard } from '../workshops/load-board';
import { workshops } from '../workshops/workshops.table';
import { BoardHub } from './board-hub';

let hub: BoardHub | undefined;

/** This process's hub of live workshop boards, on the app's database. */
export async function workshopBoardHub(): Promise<BoardHub> {
	const handle = await openAppDatabase();
	hub ??= new BoardHub({
		listen: handle.listen,
		readBoard: async (workshopId) => {
			const board = await loadBoard(handle.db, workshopId);
			return board ? JSON.stringify(board) : null;
		},
		debounceMs: 50,
		heartbeatMs: 15_000,
		onError: (error) => console.error('live board:', error)
	});
	return hub;
}

/** The workshop a join code names (any case, spaces or dashes), or null. */
export async function findWorkshopByJoinCode(db: Database, code: string): Promise<{ id: string; placeId: string; joinCode: string } | null> {
	if (!isJoinCodeShape(code)) return null;
	const [row] = await db
		.select({ id: workshops.id, placeId: workshops.placeId, joinCode: workshops.joinCode })
		.from(workshops)
		.where(eq(workshops.joinCode, normalizeJoinCode(code)));
	return row ?? null;
}
