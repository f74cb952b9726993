/** Where a funded project's delivery stands; `done` and `stopped` are final and said publicly. */
export const DELIVERY_STATUSES = ['planned', 'in_progress', 'done', 'stopped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
