/** A community group's admins speak for it (submit its proposals, add members); members belong to it. */
export const GROUP_ROLES = ['admin', 'member'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];
