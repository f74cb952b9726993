import { error } from '@sveltejs/kit';
import type { Database } from '../platform/db/database';
import { findGroupBySlug } from './groups.queries';
import type { CommunityGroup } from './groups.table';

export async function groupOr404(db: Database, slug: string): Promise<CommunityGroup> {
	const group = await findGroupBySlug(db, slug);
	if (!group) error(404, { message: 'Group not found', code: 'group_not_found' });
	return group;
}
