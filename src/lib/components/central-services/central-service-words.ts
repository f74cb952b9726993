import { m } from '$lib/paraglide/messages';
import { durationParts } from '$lib/central-services/answer-times';
import type { RequestStatus } from '$lib/central-services/request-statuses';

/** A request's status in the reader's language. */
export const requestStatusText: Record<RequestStatus, () => string> = {
	open: m.central_services_status_open,
	accepted: m.central_services_status_accepted,
	done: m.central_services_status_done,
	cannot_do: m.central_services_status_cannot_do
};

/** A duration in hours or days, with the plural the language needs. */
export function durationText(ms: number): string {
	const { unit, count } = durationParts(ms);
	return unit === 'hours' ? m.central_services_hours({ count }) : m.central_services_days({ count });
}
