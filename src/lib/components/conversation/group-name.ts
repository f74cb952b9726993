import { m } from '$lib/paraglide/messages';

/** Groups have no names of their own: A, B, C … in the order the engine found them. */
export function groupName(group: number): string {
	return m.conversation_group_name({ letter: String.fromCharCode(65 + group) });
}
