import { parseMoneyText } from '$lib/validation/fields';

/** The switches each kind's form has, one checkbox each (ticked sends "yes", unticked nothing). */
export const PHASE_CHECKBOXES = {
	discover: ['postsOpen', 'assetsOpen', 'photosAllowed', 'commentsOpen'],
	co_create: ['proposalsOpen', 'groupProposals', 'coAuthoring', 'commentsOpen'],
	implement: ['deliveryUpdates', 'outcomesShared']
} as const;

/**
 * A phase's settings form as its schema reads it. Checkboxes become booleans; an empty box becomes
 * null ("no cap", "no promise"); money is read as people type it ("£5,000") into pence. Anything
 * unreadable is passed on as typed so the schema names the field — except money, which is refused
 * here (problems) with its own code, so the message can say what an amount looks like.
 */
export function readPhaseSettingsForm(kind: 'discover' | 'co_create' | 'implement', values: Record<string, string>) {
	const settings: Record<string, unknown> = {};
	const problems: Record<string, string> = {};
	for (const name of PHASE_CHECKBOXES[kind]) settings[name] = values[name] === 'yes';
	if (kind === 'co_create') {
		const text = (values.maxProposalCost ?? '').trim();
		const minor = text === '' ? null : parseMoneyText(text);
		if (text !== '' && (minor === null || minor === 0)) problems.maxProposalCost = minor === 0 ? 'money_too_small' : 'money_invalid';
		settings.maxProposalCostMinor = minor || null;
	}
	if (kind === 'implement') {
		settings.followers = values.followers ?? null;
		const text = (values.updateEveryDays ?? '').trim();
		settings.updateEveryDays = text === '' ? null : /^\d{1,6}$/.test(text) ? Number(text) : text;
	}
	return { settings, problems };
}
