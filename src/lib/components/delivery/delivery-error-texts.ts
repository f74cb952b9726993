import { m } from '$lib/paraglide/messages';
import type { DeliveryErrorCode } from '$lib/delivery/delivery.errors';

/** Words for the delivery codes the server sends back (spread into form-errors' table). */
export const deliveryErrorTexts = {
	delivery_date_missing: () => m.delivery_error_date_missing(),
	delivery_date_invalid: () => m.delivery_error_date_invalid(),
	delivery_date_in_future: () => m.delivery_error_date_in_future(),
	delivery_status_missing: () => m.delivery_error_status_missing(),
	delivery_reason_missing: () => m.delivery_error_reason_missing(),
	delivery_reason_too_long: () => m.delivery_error_reason_too_long(),
	delivery_milestone_title_missing: () => m.delivery_error_milestone_title_missing(),
	delivery_milestone_title_too_long: () => m.delivery_error_milestone_title_too_long(),
	delivery_milestone_unknown: () => m.delivery_error_milestone_unknown(),
	delivery_spending_note_missing: () => m.delivery_error_spending_note_missing(),
	delivery_spending_note_too_long: () => m.delivery_error_spending_note_too_long(),
	delivery_update_body_missing: () => m.delivery_error_update_body_missing(),
	delivery_update_body_too_long: () => m.delivery_error_update_body_too_long(),
	delivery_update_language_invalid: () => m.delivery_error_update_language_invalid(),
	delivery_update_unknown: () => m.delivery_error_update_unknown(),
	delivery_outcome_statement_missing: () => m.delivery_error_outcome_statement_missing(),
	delivery_outcome_statement_too_long: () => m.delivery_error_outcome_statement_too_long(),
	delivery_outcome_agreed_missing: () => m.delivery_error_outcome_agreed_missing(),
	delivery_outcome_agreed_too_long: () => m.delivery_error_outcome_agreed_too_long(),
	delivery_outcome_unknown: () => m.delivery_error_outcome_unknown(),
	delivery_evidence_body_missing: () => m.delivery_error_evidence_body_missing(),
	delivery_evidence_body_too_long: () => m.delivery_error_evidence_body_too_long(),
	delivery_unknown: () => m.delivery_error_unknown()
} satisfies Record<DeliveryErrorCode, (params: Record<string, string | number>) => string>;
