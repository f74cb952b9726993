import type { DeliveryStatus } from '$lib/delivery/delivery-statuses';
import { m } from '$lib/paraglide/messages';

/** A delivery's status as residents read it. */
export const deliveryStatusText: Record<DeliveryStatus, () => string> = {
	planned: m.yswd_delivery_planned,
	in_progress: m.yswd_delivery_in_progress,
	done: m.yswd_delivery_done,
	stopped: m.yswd_delivery_stopped
};
