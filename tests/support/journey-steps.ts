import { inflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';
import { readLatestEmail, signInAsStaff, STEWARD } from './accounts';

/*
 * The steps of a place's journey, from a new place to a funded project, each driven through the
 * screens as a person would (labels and buttons, never the database). They work with JavaScript on
 * and off: each waits for what the next page shows, not for a change made in the browser.
 * Places here are English-only unless a step says otherwise (the steward's form makes them so).
 */

type TeamRole = 'lead' | 'team_member' | 'facilitator' | 'moderator';
type Proposal = { title: string; summary: string; cost: string; where?: string; challenge?: string };

const cyclePath = (place: string, cycle: string) => `/places/${place}/cycles/${cycle}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A ballot line reads "<title> — £<cost>"; a paper line "Proposal 3: <title> — £<cost>". */
const ballotLine = (title: string) => new RegExp(`(^|: )${escape(title)} — `);

/** Money as the pages show it: £2,000 for whole pounds, £1,250.50 otherwise. */
export const poundsText = (pounds: number) =>
	`£${pounds.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2, maximumFractionDigits: 2 })}`;

// ── The place and its team ────────────────────────────────────────────────────────────────────

/** A steward sets up a place and invites its first lead (signing in first if they are not). */
export async function createPlaceAsSteward(page: Page, place: { slug: string; nameEn: string; leadEmail: string; summary?: string }) {
	await page.goto('/steward');
	if (new URL(page.url()).pathname !== '/steward') {
		await signInAsStaff(page, STEWARD.email);
		await page.getByRole('link', { name: 'Set up a place' }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Set up a place' })).toBeVisible();
	await page.getByLabel('Web address').fill(place.slug);
	await page.getByLabel('Name in English').fill(place.nameEn);
	if (place.summary) await page.getByLabel('One or two sentences about the place').fill(place.summary);
	await page.getByLabel('Email address of the place lead').fill(place.leadEmail);
	await page.getByRole('button', { name: 'Create place and invite lead' }).click();
	await expect(page.getByRole('status')).toContainText('Place created and lead invited');
	await expect(page.getByRole('status').getByRole('link', { name: `/places/${place.slug}` })).toBeVisible();
}

/**
 * Someone new opens the invitation in their email, chooses a name and password and joins; the
 * password they chose is their staff sign-in, so they can act for the place at once. Returns the
 * place's slug. (Someone who already has a password must sign in first: not this step.)
 */
export async function acceptStaffInvitation(page: Page, email: string, password: string, name = email.split('@')[0]): Promise<string> {
	const link = (await readLatestEmail(page, email)).match(/https?:\/\/\S+\/invitations\/\w+/)![0];
	await page.goto(new URL(link).pathname);
	await expect(page.getByRole('heading', { level: 1, name: /^Join the .+ team$/ })).toBeVisible();
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Choose a password').fill(password);
	await page.getByRole('button', { name: 'Accept and join' }).click();
	await expect(page).toHaveURL(/\/places\/[^/]+\/(team|home)$/);
	const slug = new URL(page.url()).pathname.split('/')[2];
	// The team page is for staff signed in with a password: it opens, and lists them.
	await page.goto(`/places/${slug}/team`);
	await expect(page.getByRole('heading', { level: 1, name: /^Team for / })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: name }).getByText(name, { exact: true })).toBeVisible();
	return slug;
}

/** The lead invites someone to the place's team in a role. */
export async function inviteTeamMember(page: Page, placeSlug: string, email: string, role: TeamRole) {
	await page.goto(`/places/${placeSlug}/team`);
	await expect(page.getByRole('heading', { level: 1, name: /^Team for / })).toBeVisible();
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Role', { exact: true }).selectOption(role);
	await page.getByRole('button', { name: 'Send invitation' }).click();
	await expect(page.getByRole('status')).toContainText(`Invitation sent to ${email}`);
	await expect(page.getByRole('listitem').filter({ hasText: email })).toBeVisible();
}

// ── Discover, challenges, groups, proposals ──────────────────────────────────────────────────

/** A signed-in resident says what matters to them on the cycle's page (discover must be open). */
export async function postNeed(page: Page, placeSlug: string, cycleSlug: string, text: string, where?: string) {
	await page.goto(cyclePath(placeSlug, cycleSlug));
	await page.getByLabel('Something that matters to me').check();
	await page.getByLabel('In your own words').fill(text);
	if (where) await page.getByLabel('Where (optional)').fill(where);
	await page.getByRole('button', { name: 'Post', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Thank you. What you said is now on the page.');
	await expect(page.getByRole('listitem').filter({ hasText: text })).toContainText('0 said me too');
}

/** The team writes a "How might we …?" from residents' posts and publishes it. Returns its address. */
export async function createChallenge(page: Page, placeSlug: string, cycleSlug: string, challenge: { question: string; summary?: string; fromPosts: string[] }): Promise<string> {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/challenges`);
	await page.getByRole('link', { name: 'Write a new challenge' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'New challenge' })).toBeVisible();
	// A place in two languages asks for the question in each: the same words go in both here.
	for (const field of await page.getByLabel('How might we …?').all()) await field.fill(challenge.question);
	if (challenge.summary) for (const field of await page.getByLabel('What we heard (optional)').all()) await field.fill(challenge.summary);
	for (const post of challenge.fromPosts) await page.getByRole('checkbox', { name: new RegExp(escape(post)) }).check();
	await page.getByRole('button', { name: 'Save as a draft' }).click();
	await expect(page.getByRole('status')).toContainText('Saved as a draft');
	await page.getByRole('button', { name: 'Publish this challenge' }).click();
	await expect(page.getByRole('status')).toContainText('Published. Everyone can now see this challenge.');
	await expect(page.getByRole('heading', { level: 1, name: challenge.question })).toBeVisible();
	await expect(page.getByRole('region', { name: 'What you said' }).getByRole('listitem')).toHaveCount(challenge.fromPosts.length);
	return new URL(page.url()).pathname;
}

/** A signed-in resident starts a community group and becomes its admin. */
export async function createGroup(page: Page, group: { name: string; slug: string; about?: string }) {
	await page.goto('/groups');
	await page.getByLabel('Name of the group').fill(group.name);
	await page.getByLabel('Web address').fill(group.slug);
	if (group.about) await page.getByLabel('About the group').fill(group.about);
	await page.getByRole('button', { name: 'Create group' }).click();
	await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();
	await expect(page.getByText('You are in this group. Your role: Admin')).toBeVisible();
}

/** Fills the proposal form, sends it, and returns the new proposal's number from its page. */
async function submitProposal(page: Page, placeSlug: string, cycleSlug: string, proposal: Proposal, submitAs?: string): Promise<number> {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/proposals`);
	await page.getByRole('link', { name: 'Submit a proposal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Submit a proposal' })).toBeVisible();
	await page.getByLabel('Title').fill(proposal.title);
	await page.getByLabel('Summary').fill(proposal.summary);
	await page.getByLabel('Estimated cost in pounds').fill(proposal.cost);
	if (proposal.where) await page.getByLabel('Where (optional)').fill(proposal.where);
	if (proposal.challenge) await page.getByLabel('Which challenge does it answer? (optional)').selectOption({ label: proposal.challenge });
	if (submitAs) await page.getByLabel('Submit as').selectOption({ label: submitAs });
	await page.getByRole('button', { name: 'Submit proposal' }).click();
	await expect(page.getByRole('status')).toContainText('Your proposal has been submitted');
	await expect(page.getByRole('heading', { level: 1, name: proposal.title })).toBeVisible();
	return Number(new URL(page.url()).pathname.match(/\/proposals\/(\d+)$/)![1]);
}

/** A signed-in resident proposes an idea as themselves (co-create must be open). Returns its number. */
export async function proposeAsResident(page: Page, placeSlug: string, cycleSlug: string, proposal: Proposal): Promise<number> {
	return submitProposal(page, placeSlug, cycleSlug, proposal);
}

/** A group's admin proposes an idea in the group's name. Returns its number. */
export async function proposeAsGroup(page: Page, placeSlug: string, cycleSlug: string, groupName: string, proposal: Proposal): Promise<number> {
	const number = await submitProposal(page, placeSlug, cycleSlug, proposal, groupName);
	await expect(page.getByText(`From ${groupName}`)).toBeVisible();
	return number;
}

/** The team checks a proposal: feasible, at a checked cost, with a public reason. */
export async function reviewFeasible(page: Page, placeSlug: string, cycleSlug: string, number: number, costText: string, reason: string) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/proposals/${number}`);
	await page.getByRole('link', { name: 'Review this proposal' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Review proposal ${number}` })).toBeVisible();
	await page.getByRole('radio', { name: 'Feasible: goes to the vote' }).check();
	await page.getByLabel('Checked cost in pounds').fill(costText);
	await page.getByLabel('Reason (shown in public)').fill(reason);
	await page.getByRole('button', { name: 'Save review' }).click();
	await expect(page.getByRole('status')).toContainText('the author has been told by email');
	await page.getByRole('link', { name: 'See the proposal’s page' }).click();
	const review = page.getByRole('region', { name: "The place team's review" });
	await expect(review).toContainText('Feasible: goes to the vote');
	await expect(review).toContainText(reason);
}

// ── The money ────────────────────────────────────────────────────────────────────────────────

/** The team records money a funder puts in (optionally only for one pot). */
export async function recordContribution(page: Page, placeSlug: string, cycleSlug: string, money: { funder: string; pounds: number; onlyForPot?: string }) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/budget`);
	await expect(page.getByRole('heading', { level: 1, name: 'The money for this cycle' })).toBeVisible();
	await page.getByLabel('Funder', { exact: true }).fill(money.funder);
	await page.getByLabel('Amount in pounds').fill(String(money.pounds));
	if (money.onlyForPot) await page.getByLabel('Ring-fenced to a pot?').selectOption({ label: money.onlyForPot });
	await page.getByRole('button', { name: 'Record the money' }).click();
	await expect(page.getByRole('status')).toContainText('The money is recorded.');
	await expect(page.getByRole('listitem').filter({ hasText: money.funder })).toContainText(poundsText(money.pounds));
}

/** The team adds a pot (a share of the money with its own vote), giving it shared money. */
export async function addPot(page: Page, placeSlug: string, cycleSlug: string, pot: { name: string; pounds?: number; nameCy?: string }) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/budget`);
	await page.getByLabel('Name in English').fill(pot.name);
	if (pot.nameCy) await page.getByLabel('Name in Welsh').fill(pot.nameCy);
	if (pot.pounds !== undefined) await page.getByLabel(/Shared money for this pot/).fill(String(pot.pounds));
	await page.getByRole('button', { name: 'Add the pot' }).click();
	await expect(page.getByRole('status')).toContainText('The pot is added.');
	await expect(page.getByRole('heading', { level: 3, name: pot.name })).toBeVisible();
}

/** The team puts a feasible proposal on a pot's ballot (in a cycle with pots, one in no pot is on no ballot). */
export async function assignProposalToPot(page: Page, placeSlug: string, cycleSlug: string, proposalTitle: string, potName: string) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/budget`);
	await page.getByRole('link', { name: 'Which pot each proposal is in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Which pot each proposal is in' })).toBeVisible();
	await page.getByLabel(new RegExp(`^Proposal \\d+: ${escape(proposalTitle)}$`)).selectOption({ label: potName });
	await page.getByRole('button', { name: 'Save the pots' }).click();
	await expect(page.getByRole('status')).toContainText('Saved. Proposals moved:');
	await page.reload();
	await expect(page.getByLabel(new RegExp(`^Proposal \\d+: ${escape(proposalTitle)}$`)).locator('option:checked')).toHaveText(potName);
}

// ── The vote ─────────────────────────────────────────────────────────────────────────────────

const BALLOT_TYPES = {
	approval: 'Tick the projects you like (approval)',
	knapsack: 'Spend the pot (knapsack)',
	cumulative: 'Share out points (cumulative)',
	ranked: 'Put projects in order (ranked)'
} as const;
const RULES = { greedy: 'Most votes first', mes: 'Method of Equal Shares' } as const;

/** The team chooses the ballot and how it is counted (an approval ballot's limits; anyone may vote). */
export async function configureVote(
	page: Page,
	placeSlug: string,
	cycleSlug: string,
	vote: { ballotType: 'approval'; fewest?: number; most?: number | null; rule: keyof typeof RULES; votingOpen?: boolean }
) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/vote`);
	await page.getByRole('link', { name: 'Ballot and who may vote' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Set up the vote' })).toBeVisible();
	await page.getByLabel(BALLOT_TYPES[vote.ballotType]).check();
	if (vote.fewest !== undefined) await page.getByLabel('Fewest projects to tick').fill(String(vote.fewest));
	if (vote.most !== undefined) await page.getByLabel('Most projects to tick (optional)').fill(vote.most === null ? '' : String(vote.most));
	await page.getByLabel(RULES[vote.rule]).check();
	if (vote.votingOpen !== undefined) await page.getByLabel('Voting is open').setChecked(vote.votingOpen);
	await page.getByRole('button', { name: 'Save the vote settings' }).click();
	await expect(page.getByRole('status')).toContainText('The vote settings are saved.');
	await page.reload();
	await expect(page.getByLabel(BALLOT_TYPES[vote.ballotType])).toBeChecked();
	await expect(page.getByLabel(RULES[vote.rule])).toBeChecked();
}

/** On the vote page: open the pot (if the money has pots), tick, check, send; returns the receipt code. */
async function castApprovalBallot(page: Page, proposalTitles: string[], pot: string | null): Promise<string> {
	if (pot) await page.getByRole('link', { name: pot, exact: true }).click();
	for (const title of proposalTitles) await page.getByRole('checkbox', { name: ballotLine(title) }).check();
	await page.getByRole('button', { name: 'Check my vote' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Check your vote' })).toBeVisible();
	for (const title of proposalTitles) await expect(page.getByRole('listitem').filter({ hasText: `${title} — ` })).toBeVisible();
	await page.getByRole('button', { name: 'Send my vote' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Thank you: your vote is in' })).toBeVisible();
	return (await page.getByRole('status').getByText(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/).textContent())!.trim();
}

/** A signed-in resident votes online for the proposals they like; returns their receipt code. */
export async function voteOnline(page: Page, placeSlug: string, cycleSlug: string, proposalTitles: string[], pot: string | null = null): Promise<string> {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/vote`);
	await expect(page.getByRole('heading', { level: 1, name: 'Vote on how the money is spent' })).toBeVisible();
	return castApprovalBallot(page, proposalTitles, pot);
}

/** Someone with a letter types its code at /v and votes, no account; returns their receipt code. */
export async function voteWithLetterCode(page: Page, code: string, proposalTitles: string[], pot: string | null = null): Promise<string> {
	await page.goto('/v');
	await page.getByLabel('Type the code from your letter').fill(code);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vote on how the money is spent' })).toBeVisible();
	if (!pot) await expect(page.getByText('You are voting with the code from your letter.')).toBeVisible();
	return castApprovalBallot(page, proposalTitles, pot);
}

/** The text drawn on a PDF's pages: each compressed stream inflated, then pdfkit's hex text runs read. */
function pdfText(pdf: Buffer): string {
	const streams = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map(([, body]) => {
		try {
			return inflateSync(Buffer.from(body, 'latin1')).toString('latin1');
		} catch {
			return body; // not compressed
		}
	});
	return streams
		.flatMap((source) => [...source.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)])
		.map(([, runs]) => [...runs.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
		.join('\n');
}

/** The team makes a batch of letter codes, downloads the cards and reads the codes off them. */
export async function makeLetterCodes(page: Page, placeSlug: string, cycleSlug: string, batch: { label: string; count: number }): Promise<string[]> {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/vote`);
	await page.getByRole('link', { name: 'Letter codes', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Letter codes' })).toBeVisible();
	await page.getByLabel('Name of the batch').fill(batch.label);
	await page.getByLabel('How many codes').fill(String(batch.count));
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the codes and download the PDF' }).click()]);
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	const codes = [...new Set(pdfText(Buffer.concat(chunks)).match(/\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b/g) ?? [])];
	expect(codes).toHaveLength(batch.count);
	// The download leaves the page as it was; "Refresh the list" shows the new batch.
	await page.getByRole('link', { name: 'Refresh the list' }).click();
	await expect(page.getByRole('row', { name: new RegExp(escape(batch.label)) })).toContainText(String(batch.count));
	return codes;
}

/**
 * A staff member types in one paper ballot: its serial, who voted (letter code or register
 * reference) and its ticks. Two different people must enter the same paper before it counts:
 * returns 'waiting' after the first entry and 'counted' after a matching second one.
 */
export async function enterPaperBallot(
	page: Page,
	placeSlug: string,
	cycleSlug: string,
	paper: { serial: string; voter: string; choices: string[]; pot?: string }
): Promise<'waiting' | 'counted'> {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/vote`);
	await page.getByRole('link', { name: 'Enter paper ballots' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Enter paper ballots' })).toBeVisible();
	if (paper.pot) {
		await page.getByLabel('Pot', { exact: true }).selectOption({ label: paper.pot });
		await page.getByRole('button', { name: 'Show this pot’s ballot' }).click();
	}
	await page.getByLabel('Serial number on the paper').fill(paper.serial);
	await page.getByLabel('Voter’s register reference or letter code').fill(paper.voter);
	for (const title of paper.choices) await page.getByRole('checkbox', { name: ballotLine(title) }).check();
	await page.getByRole('button', { name: 'Enter this paper' }).click();
	const waiting = `Paper ${paper.serial} entered. It counts once a second person enters it too.`;
	const counted = `Paper ${paper.serial} checked and counted.`;
	await expect(page.getByRole('status')).toHaveText(new RegExp(`^(${escape(waiting)}|${escape(counted)})$`));
	return (await page.getByRole('status').textContent())!.trim() === counted ? 'counted' : 'waiting';
}

// ── Results, decision, delivery ──────────────────────────────────────────────────────────────

/** One pot's part of the results page (the whole vote's when the money has no pots). */
const resultsFor = (page: Page, pot: string | null): Locator => page.getByRole('region', { name: pot ?? 'Results', exact: true });

/** Once the vote has closed, the team starts the count, then waits for the results to show. */
export async function startCount(page: Page, placeSlug: string, cycleSlug: string, pot: string | null = null): Promise<string[]> {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/results`);
	await resultsFor(page, pot).getByRole('button', { name: 'Count the votes' }).click();
	await expect(page.getByText(/^(Counting has started|Counting the votes…)/).first()).toBeVisible();
	return waitForResults(page, placeSlug, cycleSlug, pot);
}

/** Anyone opens the results page (again, as a person would) until the count shows; returns what was funded. */
export async function waitForResults(page: Page, placeSlug: string, cycleSlug: string, pot: string | null = null): Promise<string[]> {
	await expect(async () => {
		await page.goto(`${cyclePath(placeSlug, cycleSlug)}/results`);
		await expect(resultsFor(page, pot).getByRole('heading', { level: 3, name: 'Funded', exact: true })).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
	const funded = resultsFor(page, pot).getByRole('list').first();
	return (await funded.getByRole('listitem').locator('strong').allTextContents()).map((title) => title.trim());
}

/** The team publishes its decision statement on a counted result. */
export async function publishDecision(page: Page, placeSlug: string, cycleSlug: string, text: string, pot: string | null = null) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/results`);
	const results = resultsFor(page, pot);
	await results.getByLabel('What was agreed and why').fill(text);
	await results.getByRole('button', { name: /^Publish (the statement|as a new version)$/ }).click();
	await expect(page.getByRole('status')).toHaveText('The decision statement is published.');
	await expect(resultsFor(page, pot).getByRole('heading', { level: 3, name: 'What the team decided' })).toBeVisible();
	await expect(resultsFor(page, pot).getByRole('paragraph').filter({ hasText: text })).toBeVisible();
}

/** The team posts news on a funded project being built; residents see it on the project's page. */
export async function postDeliveryUpdate(page: Page, placeSlug: string, cycleSlug: string, projectTitle: string, text: string) {
	await page.goto(`${cyclePath(placeSlug, cycleSlug)}/deliveries`);
	await expect(page.getByRole('heading', { level: 1, name: 'How the projects are going' })).toBeVisible();
	await page.getByRole('link', { name: projectTitle, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
	await page.getByRole('link', { name: 'Run this project (place team)' }).click();
	await page.getByLabel('What is new').fill(text);
	await page.getByRole('button', { name: 'Post news' }).click();
	await expect(page.getByRole('status')).toContainText(/Emails sent to followers: \d+\./);
	await page.getByRole('status').getByRole('link', { name: 'Back to the project’s page' }).click();
	await expect(page.getByRole('region', { name: 'News', exact: true })).toContainText(text);
}
