import { z } from 'zod';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { countEntriesWithoutLetter, listLetterCodeBatches, revokeLetterCodeBatch } from '$lib/server/voting/letter-codes';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { Actions, PageServerLoad } from './$types';
import { readGenerateFailure } from './generate-failure';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnVoting, 'letter_codes.generate', { placeId: place.id }, '/staff/sign-in');
	return {
		place,
		cycle,
		batches: await listLetterCodeBatches(db, cycle),
		/** With a voter register, how many people on it have no letter yet (null: no register). */
		withoutLetter: await countEntriesWithoutLetter(db, cycle),
		generateFailure: readGenerateFailure(url)
	};
};

export const actions = {
	/** Revoking needs a ticked box: a lost pile of letters is serious, a slip of the finger is not. */
	revoke: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'letter_codes.generate', { placeId: place.id });
		const values = await readForm(event);
		const kept = { batchId: values.batchId ?? '' };
		const batchId = z.uuid().safeParse(values.batchId).data;
		if (!batchId) return failForm(400, { batchId: 'letter_codes_batch_unknown' }, { values: kept, form: 'revoke' });
		if (values.confirm !== 'yes') return failForm(400, { confirm: 'letter_codes_revoke_unconfirmed' }, { values: kept, form: 'revoke' });
		const result = await revokeLetterCodeBatch({ db, now: new Date() }, { placeId: place.id, cycleId: cycle.id, batchId, userId: actor.userId, actorLabel: actor.email });
		if (!result.ok) return failForm(400, { batchId: result.error }, { values: kept, form: 'revoke' });
		return { done: 'revoked' };
	}
} satisfies Actions;
