import { and, asc, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { proposalVersions } from './proposals.table';

/** The fields a version keeps, in the order the history page names them. */
export const VERSIONED_FIELDS = ['title', 'summary', 'details', 'estimatedCostMinor', 'locationText', 'challengeId'] as const;
export type VersionedField = (typeof VERSIONED_FIELDS)[number];

export interface ProposalVersionView {
	version: number;
	/** The editor's chosen name; null when they have none. */
	editorName: string | null;
	createdAt: Date;
	title: string;
	summary: string;
	details: string;
	estimatedCostMinor: number;
	locationText: string | null;
	/** Which fields this version changed from the one before (empty for the first). */
	changed: VersionedField[];
}

/** Every version of a proposal, oldest first, each with who made it and what it changed. */
export async function listProposalVersions(db: Database, input: { placeId: string; proposalId: string }): Promise<ProposalVersionView[]> {
	const rows = await db
		.select({
			version: proposalVersions.version,
			editorName: users.displayName,
			createdAt: proposalVersions.createdAt,
			title: proposalVersions.title,
			summary: proposalVersions.summary,
			details: proposalVersions.details,
			estimatedCostMinor: proposalVersions.estimatedCostMinor,
			locationText: proposalVersions.locationText,
			challengeId: proposalVersions.challengeId
		})
		.from(proposalVersions)
		.leftJoin(users, eq(users.id, proposalVersions.editedByUserId))
		.where(and(eq(proposalVersions.placeId, input.placeId), eq(proposalVersions.proposalId, input.proposalId)))
		.orderBy(asc(proposalVersions.version));
	return rows.map(({ challengeId: _challenge, ...row }, i) => ({
		...row,
		changed: i === 0 ? [] : VERSIONED_FIELDS.filter((field) => rows[i - 1][field] !== rows[i][field])
	}));
}
