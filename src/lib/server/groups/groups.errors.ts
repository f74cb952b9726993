/** What can go wrong when running a community group, as codes the group pages turn into words. */
export type GroupErrorCode = 'slug_taken' | 'group_unknown' | 'person_unknown' | 'already_in_group' | 'not_in_group' | 'last_admin';

export type GroupResult<T = object> = ({ ok: true } & T) | { ok: false; error: GroupErrorCode };

export const refuse = (error: GroupErrorCode) => ({ ok: false as const, error });
