/**
 * How often, in days, a place promised residents news of each project it is delivering: the
 * implement phase's `updateEveryDays` setting. The setting is newer than some stored phases (and
 * may not be in the schema yet), so it is read defensively: anything but a whole number of days
 * above zero means no promise was made, and nothing can be late.
 */
export function promisedUpdateDays(settings: unknown): number | null {
	if (!settings || typeof settings !== 'object') return null;
	const days = (settings as { updateEveryDays?: unknown }).updateEveryDays;
	return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a project's last news (or its start, before any news) is older than the promise allows. */
export function isUpdateOverdue(lastNewsAt: Date, everyDays: number, now: Date): boolean {
	return now.getTime() - lastNewsAt.getTime() > everyDays * DAY_MS;
}
