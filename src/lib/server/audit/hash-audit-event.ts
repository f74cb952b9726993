import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { AuditDetails } from './audit.table';
import { canonicalJson } from './canonical-json';

/** The previous hash of the first row of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a row's hash covers: everything it says, but not its database id or the hashes themselves. */
export interface AuditEventContent {
	chain: string;
	placeId: string | null;
	sequence: number;
	actorUserId: string | null;
	actorLabel: string | null;
	action: string;
	subjectType: string | null;
	subjectId: string | null;
	details: AuditDetails;
	occurredAt: Date;
}

/**
 * hex(sha256(prevHash + "\n" + canonical JSON of the content)). Field names are the database
 * column names, so anyone can recompute a hash from a plain SQL export of the table.
 */
export function hashAuditEvent(prevHash: string, content: AuditEventContent): string {
	const fields = {
		chain: content.chain,
		place_id: content.placeId,
		sequence: content.sequence,
		actor_user_id: content.actorUserId,
		actor_label: content.actorLabel,
		action: content.action,
		subject_type: content.subjectType,
		subject_id: content.subjectId,
		details: content.details,
		occurred_at: content.occurredAt.toISOString()
	};
	const text = `${prevHash}\n${canonicalJson(fields)}`;
	return encodeHexLowerCase(sha256(new TextEncoder().encode(text)));
}
