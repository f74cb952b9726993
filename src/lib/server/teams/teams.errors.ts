import type { TeamErrorCode } from '$lib/teams/teams.errors';

export type { TeamErrorCode };

export type TeamResult<T = object> = ({ ok: true } & T) | { ok: false; error: TeamErrorCode };

export const refuse = (error: TeamErrorCode) => ({ ok: false as const, error });
