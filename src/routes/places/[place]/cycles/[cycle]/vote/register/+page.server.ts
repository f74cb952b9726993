import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readFormWithFiles } from '$lib/server/platform/http/read-form-with-files';
import { checkRegisterEntry, importRegisterFile, loadRegisterSummary, REGISTER_MAX_MEGABYTES } from '$lib/server/voting/voter-register';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { Actions, PageServerLoad } from './$types';

/** A file with thousands of bad rows would make a page nobody reads: the first ones, and how many more. */
const PROBLEMS_SHOWN = 100;

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnVoting, 'register.upload', { placeId: place.id }, '/staff/sign-in');
	// Checking one reference is a plain GET form: the page never lists the register (it holds names).
	const reference = (url.searchParams.get('reference') ?? '').trim().slice(0, 64);
	const checked = reference ? { reference, entry: await checkRegisterEntry(db, cycle, reference) } : null;
	return { place, cycle, summary: await loadRegisterSummary(db, cycle), checked, megabytes: REGISTER_MAX_MEGABYTES };
};

export const actions = {
	upload: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'register.upload', { placeId: place.id });
		const params = { megabytes: REGISTER_MAX_MEGABYTES };
		const form = await readFormWithFiles(event);
		if (!form.ok) return failForm(413, { file: 'too_large' }, { params });
		const report = await importRegisterFile({ db, now: new Date() }, { cycle, file: form.files.file, userId: actor.userId, actorLabel: actor.email });
		if (!report.ok) return failForm(report.code === 'too_large' ? 413 : 400, { file: report.code }, { params: report.line ? { ...params, line: report.line } : params });
		const { problems, ...counts } = report;
		return { report: { ...counts, problems: problems.slice(0, PROBLEMS_SHOWN), moreProblems: Math.max(0, problems.length - PROBLEMS_SHOWN) } };
	}
} satisfies Actions;
