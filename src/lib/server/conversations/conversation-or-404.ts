import { error } from '@sveltejs/kit';
import { placeAndCycleOr404 } from '../cycles/cycle-or-404';
import type { Database } from '../platform/db/database';
import { findConversation } from './conversations.queries';

/** A cycle's conversation from the URL; a cycle without one is a 404 (the team's page handles "none yet" itself). */
export async function conversationOr404(db: Database, params: { place: string; cycle: string }) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const conversation = await findConversation(db, cycle);
	if (!conversation) error(404, { message: 'Conversation not found', code: 'conversation_not_found' });
	return { place, cycle, conversation };
}
