import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { listOutboxMessages } from '$lib/server/platform/mail/mail.queries';
import { isDevOutboxEnabled } from '$lib/server/platform/services';
import type { PageServerLoad } from './$types';

// Not a page of the product: in production, or with a real mail server, it does not exist.
export const load: PageServerLoad = async ({ url }) => {
	if (!isDevOutboxEnabled()) error(404, { message: 'Not found', code: 'not_found' });
	const to = url.searchParams.get('to')?.trim().toLowerCase() || undefined;
	const messages = await listOutboxMessages(await getDatabase(), { to, limit: 50 });
	return { messages: messages.map((message) => ({ id: message.id, to: message.toAddress, subject: message.subject, text: message.textBody, createdAt: message.createdAt })) };
};
