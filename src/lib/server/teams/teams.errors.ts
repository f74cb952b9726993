/** What can go wrong when running a team, as codes the team page turns into words. */
export type TeamErrorCode = 'already_member' | 'member_unknown' | 'last_lead' | 'invitation_invalid' | 'invitation_wrong_account' | 'needs_sign_in' | 'place_has_lead';

export type TeamResult<T = object> = ({ ok: true } & T) | { ok: false; error: TeamErrorCode };

export const refuse = (error: TeamErrorCode) => ({ ok: false as const, error });
