import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { benchDatabaseUrl } from './app';

export interface BenchRoom {
	workshopId: string;
	joinCode: string;
	dotsActivityId: string;
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A fresh live workshop for one step of the ramp (so every step starts from an empty board), made
 * beside the demo's Brookfield one: idea capture now, then dot-voting (20 dots each) on its ideas.
 */
export async function createRoom(step: number): Promise<BenchRoom> {
	const sql = postgres(benchDatabaseUrl(), { max: 1, onnotice: () => {} });
	try {
		const joinCode = `BN${ALPHABET[Math.floor(step / ALPHABET.length) % ALPHABET.length]}${ALPHABET[step % ALPHABET.length]}${ALPHABET[(step * 7) % ALPHABET.length]}Q`;
		const [workshop] = await sql<{ id: string; place_id: string }[]>`
			insert into workshops (place_id, cycle_id, phase_kind, title, venue, starts_at, join_code, status, current_position)
			select place_id, cycle_id, phase_kind, ${`Bench room ${step}`}, venue, now(), ${joinCode}, 'live', 1 from workshops where join_code = 'BRKYTH'
			returning id, place_id`;
		await sql`insert into workshop_activities (place_id, workshop_id, position, kind, prompt) values (${workshop.place_id}, ${workshop.id}, 1, 'ideas', 'What would you change?')`;
		const [dots] = await sql<{ id: string }[]>`
			insert into workshop_activities (place_id, workshop_id, position, kind, prompt, dots_per_person, dot_target)
			values (${workshop.place_id}, ${workshop.id}, 2, 'dots', 'Which matter most?', 20, 'ideas') returning id`;
		return { workshopId: workshop.id, joinCode, dotsActivityId: dots.id };
	} finally {
		await sql.end();
	}
}

/** Moves the room on to dot-voting as the run console would (the row, then NOTIFY on its channel). */
export async function moveToDots(room: BenchRoom): Promise<void> {
	const sql = postgres(benchDatabaseUrl(), { max: 1, onnotice: () => {} });
	try {
		await sql.begin(async (tx) => {
			await tx`update workshops set current_position = 2 where id = ${room.workshopId}`;
			await tx`select pg_notify(${`live_workshop_${room.workshopId.replace(/-/g, '')}`}, 'activity')`;
		});
	} finally {
		await sql.end();
	}
}

/**
 * N people in the room, each with the cookie the join form would have set (a random token; only its
 * SHA-256 is stored, as participant.ts does). Made straight in the database: the join form is
 * rate-limited per client address, and every bench phone comes from 127.0.0.1.
 */
export async function addParticipants(room: BenchRoom, count: number): Promise<string[]> {
	const sql = postgres(benchDatabaseUrl(), { max: 1, onnotice: () => {} });
	try {
		const tokens = Array.from({ length: count }, () => randomBytes(20).toString('hex'));
		const rows = tokens.map((token, i) => ({
			place_id: '',
			workshop_id: room.workshopId,
			token_hash: createHash('sha256').update(token).digest('hex'),
			display_name: `Phone ${i}`
		}));
		const [{ place_id }] = await sql<{ place_id: string }[]>`select place_id from workshops where id = ${room.workshopId}`;
		for (let from = 0; from < rows.length; from += 500) {
			await sql`insert into workshop_participants ${sql(rows.slice(from, from + 500).map((row) => ({ ...row, place_id })))}`;
		}
		return tokens.map((token) => `placecraft_ws_${room.joinCode.toLowerCase()}=${token}`);
	} finally {
		await sql.end();
	}
}
