/** What a person does in a place's team; their powers are in each domain's `*.permissions.ts`. */
export const PLACE_ROLES = ['lead', 'team_member', 'facilitator', 'moderator'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];
