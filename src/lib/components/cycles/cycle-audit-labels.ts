import { m } from '$lib/paraglide/messages';

/** The audit record's codes for changes to a running cycle, phrased for the team. */
export const cycleAuditLabels: Record<string, () => string> = {
	'cycle.dates_changed': m.cycle_audit_dates_changed,
	'cycle.paused': m.cycle_audit_paused,
	'cycle.resumed': m.cycle_audit_resumed,
	'cycle.cancelled': m.cycle_audit_cancelled
};
