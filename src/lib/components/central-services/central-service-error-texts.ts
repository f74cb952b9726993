import { m } from '$lib/paraglide/messages';
import type { CentralServiceErrorCode } from '$lib/central-services/central-services.errors';

/** Words for the central-service codes the server sends back (spread into form-errors' table). */
export const centralServiceErrorTexts = {
	service_name_missing: () => m.central_services_error_name_missing(),
	service_name_too_long: () => m.central_services_error_name_too_long(),
	service_about_too_long: () => m.central_services_error_about_too_long(),
	service_slug_taken: () => m.central_services_error_slug_taken(),
	service_unknown: () => m.central_services_error_unknown(),
	responder_email_invalid: () => m.central_services_error_email_invalid(),
	responder_no_account: () => m.central_services_error_no_account(),
	responder_already: () => m.central_services_error_already(),
	request_need_missing: () => m.central_services_error_need_missing(),
	request_need_too_long: () => m.central_services_error_need_too_long(),
	request_why_missing: () => m.central_services_error_why_missing(),
	request_why_too_long: () => m.central_services_error_why_too_long(),
	request_needed_by_missing: () => m.central_services_error_needed_by_missing(),
	request_needed_by_invalid: () => m.central_services_error_needed_by_invalid(),
	request_needed_by_past: () => m.central_services_error_needed_by_past(),
	request_answer_missing: () => m.central_services_error_answer_missing(),
	request_answer_not_now: () => m.central_services_error_answer_not_now(),
	request_words_missing: () => m.central_services_error_words_missing(),
	request_words_too_long: () => m.central_services_error_words_too_long(),
	rating_score_missing: () => m.central_services_error_score_missing(),
	rating_words_missing: () => m.central_services_error_rating_words_missing(),
	rating_words_too_long: () => m.central_services_error_rating_words_too_long(),
	rating_not_closed: () => m.central_services_error_not_closed(),
	rating_already: () => m.central_services_error_rated_already()
} satisfies Record<CentralServiceErrorCode, (params: Record<string, string | number>) => string>;
