import { m } from '$lib/paraglide/messages';

/** Error codes of the workshop's team side (create, agenda, run, land), in the user's language. */
export const workshopRunErrorTexts: Record<string, (params: Record<string, string | number>) => string> = {
};
