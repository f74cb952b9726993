import type { PageServerLoad } from './$types';
import { enterLetterCode } from '../enter-letter-code';

/**
 * The address in a letter's QR code: /v/ABCD-EFGH-JKLM. A good code goes straight to the vote (a
 * redirect, from enterLetterCode); any other shows the typing form with the code and what is wrong.
 */
export const load: PageServerLoad = async (event) => {
	const refusal = await enterLetterCode(event, event.params.code);
	return { code: event.params.code, refusal };
};
