// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session, User } from '$lib/server/accounts/accounts.table';
import type { Actor } from '$lib/server/auth/actor';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			/** Who is asking: anonymous, or a person with their roles. Permissions read only this. */
			actor: Actor;
			user: User | null;
			session: Session | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
