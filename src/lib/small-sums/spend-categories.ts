/**
 * What a small spend was for, in the groups a resident would recognise. The table's pgEnum, the
 * form's schema and its options all use this one list.
 */
export const SPEND_CATEGORIES = ['refreshments', 'travel', 'household', 'materials', 'venue', 'other'] as const;
export type SpendCategory = (typeof SPEND_CATEGORIES)[number];
