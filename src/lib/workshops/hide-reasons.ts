/**
 * Why the team took an idea off a workshop's board, said publicly (DOMAIN: nothing residents wrote
 * goes without a public reason). A fixed list, because it is chosen mid-session in front of the room.
 */
export const IDEA_HIDE_REASONS = ['off_topic', 'unkind', 'personal_details', 'repeat'] as const;
export type IdeaHideReason = (typeof IDEA_HIDE_REASONS)[number];
