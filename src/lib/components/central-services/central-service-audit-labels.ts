import { m } from '$lib/paraglide/messages';

/** Central-service audit codes, phrased for the team (lowercase verb phrases, like the others). */
export const centralServiceAuditLabels: Record<string, () => string> = {
	'central_service.created': m.central_services_audit_created,
	'central_service.responder_added': m.central_services_audit_responder_added,
	'central_service.responder_removed': m.central_services_audit_responder_removed,
	'service_request.raised': m.central_services_audit_raised,
	'service_request.answered': m.central_services_audit_answered,
	'service_request.rated': m.central_services_audit_rated
};
