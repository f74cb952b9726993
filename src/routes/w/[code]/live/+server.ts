import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { boardStreamResponse } from '$lib/server/platform/live/board-stream';
import { workshopBoardHub } from '$lib/server/platform/live/workshop-boards';
import { findWorkshopByJoinCode } from '$lib/server/workshops/find-workshop';
import { readParticipant } from '$lib/server/workshops/participant';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import type { RequestHandler } from './$types';

/**
 * The workshop's live board as server-sent events, for the phones of people who joined it and for
 * the place team's projector. Read-only: nothing here changes anything. The first event is always
 * the whole board, so a browser that reconnects is caught up at once.
 */
export const GET: RequestHandler = async ({ params, cookies, locals, request }) => {
	const db = await getDatabase();
	const workshop = await findWorkshopByJoinCode(db, params.code);
	if (!workshop) error(404, { message: 'Workshop not found', code: 'workshop_not_found' });
	const allowed = canOnWorkshop(locals.actor, 'workshop.run', { placeId: workshop.placeId }) || (await readParticipant(db, cookies, workshop)) !== null;
	if (!allowed) error(403, { message: 'Forbidden', code: 'forbidden' });
	return boardStreamResponse(await workshopBoardHub(), workshop.id, request.signal);
};
