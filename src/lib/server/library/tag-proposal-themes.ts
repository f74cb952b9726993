import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import type { ThemeTagError } from '../../library/library.errors';
import { slugifyTheme } from '../../library/themes';
import { canOnLibrary } from './library.permissions';
import { placeThemes, proposalThemes } from './library.table';
import { knownThemes } from './themes.queries';

/** A proposal carries a handful of themes at most: more would make every theme page the same. */
export const MAX_THEMES_PER_PROPOSAL = 4;

export type TagResult = { ok: true; themes: string[] } | { ok: false; error: ThemeTagError | 'proposal_unknown' | 'forbidden' };

/**
 * Sets a proposal's themes to the ticked ones, adding the place's own new theme first when one is
 * named (in the team's language; tagged at once). One transaction with its audit row.
 */
export async function tagProposalThemes(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { placeId: string; proposalId: string; themes: string[]; newTheme: string; locale: string }
): Promise<TagResult> {
	if (!canOnLibrary(actor, 'library.tag_themes', { placeId: input.placeId })) return { ok: false, error: 'forbidden' };
	const newSlug = input.newTheme ? slugifyTheme(input.newTheme) : '';
	if (input.newTheme && !newSlug) return { ok: false, error: 'theme_name_no_letters' };
	const wanted = [...new Set([...input.themes, ...(newSlug ? [newSlug] : [])])].sort();
	if (wanted.length > MAX_THEMES_PER_PROPOSAL) return { ok: false, error: 'theme_too_many' };
	return db.transaction(async (tx) => {
		const [proposal] = await tx.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.id, input.proposalId), eq(proposals.placeId, input.placeId))).for('update');
		if (!proposal) return { ok: false as const, error: 'proposal_unknown' as const };
		// Checked before anything is written, so a refusal leaves no new theme behind.
		const ticked = wanted.filter((slug) => slug !== newSlug);
		const known = await knownThemes(tx, input.placeId, ticked);
		if (ticked.some((slug) => !known.has(slug))) return { ok: false as const, error: 'theme_unknown' as const };
		if (newSlug) await tx.insert(placeThemes).values({ placeId: input.placeId, slug: newSlug, name: { [input.locale]: input.newTheme } }).onConflictDoNothing();
		await tx.delete(proposalThemes).where(and(eq(proposalThemes.placeId, input.placeId), eq(proposalThemes.proposalId, proposal.id)));
		if (wanted.length > 0) await tx.insert(proposalThemes).values(wanted.map((theme) => ({ placeId: input.placeId, proposalId: proposal.id, theme, taggedByUserId: actor.userId })));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'proposal.themes_tagged',
			subjectType: 'proposal',
			subjectId: proposal.id,
			details: { themes: wanted, ...(newSlug ? { newTheme: input.newTheme } : {}) },
			occurredAt: now
		});
		return { ok: true as const, themes: wanted };
	});
}
