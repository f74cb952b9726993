import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';

/**
 * Fills a cycle with `count` proposals in a few statements, for the query-count test and the
 * benchmark: from 20 residents and a group, some reviewed, every third with comments, every fifth
 * with a photo (a stand-in byte: nothing here looks at the picture).
 */
export async function seedManyProposals(db: Database, input: { placeId: string; cycleId: string; groupId: string; count: number; tag?: string }) {
	const tag = input.tag ?? 'many';
	await db.execute(sql`insert into users (email, display_name)
		select ${tag} || '-' || n || '@example.org', 'Resident ' || n from generate_series(0, 19) as n`);
	await db.execute(sql`
		with people as (select id, (row_number() over (order by length(email), email) - 1)::int as i from users where email like ${tag + '-%'})
		insert into proposals (place_id, cycle_id, number, title, summary, details, estimated_cost_minor, author_user_id, group_id,
			status, review_reason, reviewed_cost_minor, created_at)
		select ${input.placeId}, ${input.cycleId}, n, 'Proposal ' || n, 'A summary of proposal ' || n, 'Details', (n * 137 % 5000 + 1) * 100,
			people.id, case when n % 7 = 0 then ${input.groupId}::uuid end,
			(case when n % 4 = 0 then 'feasible' else 'submitted' end)::proposal_status,
			case when n % 4 = 0 then 'Checked with the council' end,
			case when n % 4 = 0 then (n * 137 % 5000 + 1) * 90 end,
			timestamptz '2026-03-01' + n * interval '1 minute'
		from generate_series(1, ${input.count}) as n join people on people.i = n % 20`);
	await db.execute(sql`insert into comments (place_id, proposal_id, body, author_user_id)
		select p.place_id, p.id, 'Comment ' || k, p.author_user_id from proposals p cross join generate_series(1, 2) as k
		where p.cycle_id = ${input.cycleId} and p.number % 3 = 0`);
	await db.execute(sql`insert into photos (place_id, proposal_id, content_type, large, large_width, large_height, small, small_width, small_height)
		select p.place_id, p.id, 'image/webp', '\\x00'::bytea, 1, 1, '\\x00'::bytea, 1, 1 from proposals p
		where p.cycle_id = ${input.cycleId} and p.number % 5 = 0`);
}
