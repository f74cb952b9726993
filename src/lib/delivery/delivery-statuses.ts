/** Where a funded project's delivery stands; `done` and `stopped` are final and said publicly. */
export const DELIVERY_STATUSES = ['planned', 'in_progress', 'done', 'stopped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A delivery that ended, for good or not; each says why publicly (the table's check holds it). */
export type FinishedDeliveryStatus = Extract<DeliveryStatus, 'done' | 'stopped'>;
