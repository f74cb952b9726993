import { m } from '$lib/paraglide/messages';
import type { DecisionErrorCode } from '$lib/decisions/decisions.errors';

type Text = (params: Record<string, string | number>) => string;

/** Words for the decision_… codes the statement and change forms can come back with (for form-errors.ts). */
export const decisionErrorTexts = {
	decision_result_unknown: () => m.decision_error_result_unknown(),
	decision_result_not_counted: () => m.decision_error_result_not_counted(),
	decision_body_missing: () => m.decision_error_body_missing(),
	decision_body_too_long: () => m.decision_error_body_too_long(),
	decision_language_invalid: () => m.decision_error_language_invalid(),
	decision_kind_missing: () => m.decision_error_kind_missing(),
	decision_proposal_missing: () => m.decision_error_proposal_missing(),
	decision_proposal_unknown: () => m.decision_error_proposal_unknown(),
	decision_to_proposal_missing: () => m.decision_error_to_proposal_missing(),
	decision_to_proposal_unknown: () => m.decision_error_to_proposal_unknown(),
	decision_to_proposal_not_allowed: () => m.decision_error_to_proposal_not_allowed(),
	decision_to_proposal_same: () => m.decision_error_to_proposal_same(),
	decision_amount_missing: () => m.decision_error_amount_missing(),
	decision_amount_invalid: () => m.decision_error_amount_invalid(),
	decision_reason_missing: () => m.decision_error_reason_missing(),
	decision_reason_too_long: () => m.decision_error_reason_too_long()
} satisfies Record<DecisionErrorCode, Text>;
