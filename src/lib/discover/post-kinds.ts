/** What a resident posts in the discover phase: a need (what matters, worries, hopes) or an asset (what the area already has). */
export const POST_KINDS = ['need', 'asset'] as const;
export type PostKind = (typeof POST_KINDS)[number];
