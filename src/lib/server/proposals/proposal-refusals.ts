import { formatMoney } from '../../format';
import { minutesToWait } from '../platform/http/form-failure';

/** Any refusal the proposal use cases return. */
type Refusal =
	| { error: 'phase_closed' | 'proposals_closed' | 'groups_closed' | 'coauthoring_closed' | 'over_max_cost'; maxProposalCostMinor?: number | null }
	| { error: 'not_group_admin' | 'challenge_unknown' | 'proposal_unknown' | 'review_started' | 'already_coauthor' }
	| { error: 'edited_meanwhile'; currentVersion: number }
	| { error: 'rate_limited'; retryAfterSeconds: number };

/** The form field each refusal is about, so its message sits beside that field ('form' = the whole form). */
const fieldOf: Record<Refusal['error'], string> = {
	phase_closed: 'form',
	proposals_closed: 'form',
	groups_closed: 'submitAs',
	coauthoring_closed: 'email',
	over_max_cost: 'estimatedCost',
	not_group_admin: 'submitAs',
	challenge_unknown: 'challengeId',
	proposal_unknown: 'form',
	review_started: 'form',
	already_coauthor: 'email',
	edited_meanwhile: 'baseVersion',
	rate_limited: 'form'
};

const codeOf = (error: Refusal['error']) =>
	error === 'rate_limited' ? 'rate_limited' : error === 'not_group_admin' ? 'proposal_group_unknown' : error === 'proposal_unknown' ? 'proposal_unknown' : `proposal_${error}`;

/** A refusal as a form failure: HTTP status, field → message code, and the message's parameters. */
export function describeRefusal(refusal: Refusal, place: { currency: string }, locale: string) {
	const params: Record<string, string | number> =
		refusal.error === 'rate_limited'
			? minutesToWait(refusal.retryAfterSeconds)
			: 'maxProposalCostMinor' in refusal && refusal.maxProposalCostMinor != null
				? { max: formatMoney(refusal.maxProposalCostMinor, place.currency, locale) }
				: {};
	const status = refusal.error === 'rate_limited' ? 429 : refusal.error === 'edited_meanwhile' ? 409 : 400;
	return { status, errors: { [fieldOf[refusal.error]]: codeOf(refusal.error) }, params };
}

/** Pence as a person would type them back into the form: 125050 → "1250.50", 120000 → "1200". */
export function penceAsTyped(minor: number): string {
	const pounds = Math.trunc(minor / 100);
	const pence = minor % 100;
	return pence === 0 ? String(pounds) : `${pounds}.${String(pence).padStart(2, '0')}`;
}
