import type { Actor } from '../auth/actor';

export type AccountAction = 'account.change_password' | 'account.set_up_two_factor';

/** A person changes only their own account. Deny by default. */
export function canOnAccount(actor: Actor, action: AccountAction, subject: { userId: string }): boolean {
	if (actor.kind !== 'person') return false;
	switch (action) {
		case 'account.change_password':
		case 'account.set_up_two_factor':
			return actor.userId === subject.userId;
		default:
			return false;
	}
}
