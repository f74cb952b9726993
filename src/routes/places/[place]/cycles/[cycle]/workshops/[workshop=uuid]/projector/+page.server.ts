import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { roomOriginOf } from '$lib/server/platform/http/room-origin';
import { joinQrSvg } from '$lib/server/platform/live/join-qr';
import { loadBoard } from '$lib/server/workshops/load-board';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import type { PageServerLoad } from './$types';
import { workshopOr404 } from '../workshop-or-404';

/** The room's screen: the join code, link and QR code, and the live board of the current activity. Team only. */
export const load: PageServerLoad = async ({ params, locals, url, request }) => {
	const db = await getDatabase();
	const { place, cycle, workshop } = await workshopOr404(db, params);
	authorize(locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
	const board = (await loadBoard(db, workshop.id))!;
	// Where phones in the room can reach this app: not "localhost" (see room-origin.ts).
	const origin = new URL(roomOriginOf(url, request));
	const joinUrl = `${origin.origin}/w/${board.joinCode}`;
	return { place, cycle, board, shortUrl: `${origin.host}/w`, joinUrl, qrSvg: await joinQrSvg(joinUrl) };
};
