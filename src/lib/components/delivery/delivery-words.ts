import type { DeliveryStatus } from '$lib/delivery/delivery-statuses';
import { m } from '$lib/paraglide/messages';

/** A delivery's status in the reader's language. */
export const deliveryStatusText: Record<DeliveryStatus, () => string> = {
	planned: m.delivery_status_planned,
	in_progress: m.delivery_status_in_progress,
	done: m.delivery_status_done,
	stopped: m.delivery_status_stopped
};

/** A date column's day (YYYY-MM-DD) as an instant at noon UTC, so formatDate shows that same day in any UK or European zone. */
export function dayAsDate(day: string): Date {
	return new Date(`${day}T12:00:00Z`);
}

export interface DeliveryFormFailure {
	errors?: Record<string, string>;
	values?: Record<string, string>;
	params?: Record<string, string | number>;
	form?: string;
}

/** The failure of one form of the page (by its name), when that is the form sent back. */
export function failureOf(form: unknown, name: string): DeliveryFormFailure | undefined {
	const failure = form as DeliveryFormFailure | null | undefined;
	return failure && failure.errors && failure.form === name ? failure : undefined;
}

/** Where the error summary's links go: the field ids of the form that was sent back. */
export function summaryFieldIds(form: string): Record<string, string> {
	const [kind, id] = [form.split('-')[0], form.slice(form.indexOf('-') + 1)];
	switch (kind) {
		case 'status':
			return { status: 'status-planned', reason: 'reason' };
		case 'milestone':
			return { title: 'milestone-title', dueOn: 'milestone-due' };
		case 'done':
			return { doneOn: `done-${id}`, milestoneId: `done-${id}` };
		case 'spending':
			return { amount: 'spending-amount', note: 'spending-note', spentOn: 'spending-date' };
		case 'update':
			return { body: 'update-body', language: 'update-language' };
		case 'outcome':
			return { statement: 'outcome-statement', agreedWith: 'outcome-agreed' };
		case 'evidence':
			return { body: `evidence-${id}`, outcomeId: `evidence-${id}`, observedOn: `evidence-date-${id}` };
		default:
			return {};
	}
}
