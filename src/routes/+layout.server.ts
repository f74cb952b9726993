import type { LayoutServerLoad } from './$types';

/** Just enough for the header: whether someone is signed in. */
export const load: LayoutServerLoad = ({ locals }) => ({
	signedIn: locals.actor.kind === 'person'
});
