import { getDatabase } from '$lib/server/platform/db';
import { loadBoard } from '$lib/server/workshops/load-board';
import { listHiddenIdeaReasons, listLandedIdeas } from '$lib/server/workshops/workshops.queries';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import type { PageServerLoad } from './$types';
import { workshopOr404 } from './workshop-or-404';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, workshop } = await workshopOr404(db, params);
	const [board, landed, hiddenReasons] = await Promise.all([loadBoard(db, workshop.id), workshop.status === 'ended' ? listLandedIdeas(db, workshop) : [], listHiddenIdeaReasons(db, workshop)]);
	const canRun = canOnWorkshop(locals.actor, 'workshop.run', { placeId: place.id });
	// The join code is for the room (it is on the projector), not for every visitor of the page.
	const { joinCode, ...publicBoard } = board!;
	return {
		place,
		cycle,
		board: publicBoard,
		joinCode: canRun ? joinCode : null,
		attendance: { total: workshop.attendanceTotal, under25: workshop.attendanceUnder25, over65: workshop.attendanceOver65 },
		landed,
		// Nothing the room wrote goes without a public reason: the reasons (never the words) are listed.
		hiddenReasons,
		phaseKind: workshop.phaseKind,
		canRun
	};
};
