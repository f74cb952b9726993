import { allowAnonymous } from '$lib/server/auth/guard';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import type { Actions } from './$types';
import { enterLetterCode } from './enter-letter-code';

export const actions = {
	default: async (event) => {
		allowAnonymous('a letter code is its own credential; look-ups are rate-limited per client address');
		const values = await readForm(event);
		const refusal = await enterLetterCode(event, values.code ?? '');
		return failForm(refusal.error === 'rate_limited' ? 429 : 400, { code: refusal.error }, { values: { code: values.code ?? '' }, params: refusal.params });
	}
} satisfies Actions;
