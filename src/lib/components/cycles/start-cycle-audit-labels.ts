import { m } from '$lib/paraglide/messages';

/** Starting a cycle, as the place's audit record names it. */
export const startCycleAuditLabels: Record<string, () => string> = {
	'cycle.started': m.cycle_audit_started,
	'cycle.copied': m.cycle_audit_copied
};
