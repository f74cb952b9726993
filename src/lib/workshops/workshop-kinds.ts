import type { PostKind } from '../discover/post-kinds';

/** planned: not started. live: the room is on an agenda item. ended: the team closed the session. */
export const WORKSHOP_STATUSES = ['planned', 'live', 'ended'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** What an agenda item the team plans asks of the room. */
export const PLANNED_ACTIVITY_KINDS = ['ideas', 'grouping', 'dots', 'poll'] as const;

/**
 * Every kind of agenda item. `vote` is not planned: the team opens a pot's vote in the room while
 * the workshop is live and the cycle's vote is open (open-room-vote.ts), and phones vote on the
 * real ballot, counted with channel `workshop`.
 */
export const WORKSHOP_ACTIVITY_KINDS = [...PLANNED_ACTIVITY_KINDS, 'vote'] as const;
export type WorkshopActivityKind = (typeof WORKSHOP_ACTIVITY_KINDS)[number];

/** What a dot-voting activity spreads dots over: the room's ideas, or the cycle's proposals. */
export const DOT_TARGETS = ['ideas', 'proposals'] as const;
export type DotTarget = (typeof DOT_TARGETS)[number];

/** Where the room's ideas land after the session: discover posts of one kind, or proposals of the cycle. */
export const LAND_INTO = ['need', 'asset', 'proposal'] as const satisfies readonly (PostKind | 'proposal')[];
export type LandInto = (typeof LAND_INTO)[number];

/** Which way the team moves an agenda item. */
export const AGENDA_DIRECTIONS = ['earlier', 'later'] as const;
export type AgendaDirection = (typeof AGENDA_DIRECTIONS)[number];

/** What a participant just did in the room, said back to them when the page loads again (?done=…). */
export const ROOM_DONE = ['idea', 'dot_added', 'dot_removed', 'poll'] as const;
export type RoomDone = (typeof ROOM_DONE)[number];
