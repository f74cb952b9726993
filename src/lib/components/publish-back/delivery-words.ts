import { m } from '$lib/paraglide/messages';

/** A delivery's status as residents read it. */
export const deliveryStatusText: Record<string, () => string> = {
	planned: m.yswd_delivery_planned,
	in_progress: m.yswd_delivery_in_progress,
	done: m.yswd_delivery_done,
	stopped: m.yswd_delivery_stopped
};
