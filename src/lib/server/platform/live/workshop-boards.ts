import { openAppDatabase } from '../db';
import { loadBoard } from '../../workshops/load-board';
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
