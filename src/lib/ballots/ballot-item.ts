import type { BallotProject } from './validate-ballot';

/** A proposal as the ballot paper shows it. */
export interface BallotItem extends BallotProject {
	number: number;
	title: string;
	summary: string;
	/** The language it was written in (lang="…" for screen readers). */
	language: string;
	photoId: string | null;
}
