import type { GroupErrorCode } from '$lib/groups/groups.errors';

export type { GroupErrorCode };

export type GroupResult<T = object> = ({ ok: true } & T) | { ok: false; error: GroupErrorCode };

export const refuse = (error: GroupErrorCode) => ({ ok: false as const, error });
