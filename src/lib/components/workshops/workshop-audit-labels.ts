import { m } from '$lib/paraglide/messages';

/** Workshop audit codes, phrased for the team (lowercase verb phrases, like the others). */
export const workshopAuditLabels: Record<string, () => string> = {};
