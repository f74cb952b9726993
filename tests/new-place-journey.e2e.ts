import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { nextDay, placeDayAndTime } from '../src/lib/place-time';
import { unusedTotp, signInByCode } from './support/accounts';
import { scanWithAxe } from './support/axe';
import * as step from './support/journey-steps';

/*
 * A place from nothing to a published delivery update, through its own screens only, on an app that
 * starts EMPTY (SEED_DEMO=false): the first steward comes from `npm run steward:add`, as in a real
 * deployment. No step writes to the database or moves the clock: the team moves its cycle from
 * phase to phase on the "Change dates" page, closing each phase now with a reason residents read.
 * Residents use the site with JavaScript off, at 360 px; every page the journey visits is scanned
 * with axe at the end (in a JavaScript-on copy of each person's session: axe runs in the page).
 */

const port = process.env.E2E_PORT!;
const BUILD_DIR = `.e2e/${port}/build`;
const PHONE = { width: 360, height: 780 };
const ZONE = 'Europe/London'; // a new place's clock until its team changes it
const PLACE = 'riverside';
const CYCLE = 'a-place-to-sit';
const COPY = 'a-place-to-sit-again';
const STEWARD = 'ffion@council.example';
const LEAD = 'ceri@riverside.example';
const MEMBER = 'dev@riverside.example';
const PASSWORD = 'river path at dusk';

test.describe.configure({ mode: 'serial' });
test.setTimeout(20 * 60_000);

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** The date (YYYY-MM-DD) n days from today, and the time now, on the place's clock. */
const today = () => placeDayAndTime(new Date(), ZONE);
const inDays = (n: number) => Array.from({ length: n }).reduce<string>((day) => nextDay(day), today().day);

let dataDir: string;
let app: ChildProcess | undefined;
let origin: string;
let stewardKey: string;
let stewardPassword: string;

test.beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'placecraft-journey-'));
	// The operator's one command on an empty database: the first steward, password and key printed once.
	const env = { ...process.env, PGLITE_DATA_DIR: join(dataDir, 'db'), DATABASE_URL: '', SEED_DEMO: 'false' };
	const added = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/lib/server/accounts/add-steward.cli.ts', STEWARD, '--name', 'Ffion Evans'], { env, encoding: 'utf8' });
	expect(added.status, added.stderr).toBe(0);
	stewardPassword = added.stdout.match(/Password:\s+(\S+)/)![1];
	stewardKey = added.stdout.match(/Two-step sign-in key:\s+([A-Z2-7]+)/)![1];

	const appPort = await freePort();
	origin = `http://127.0.0.1:${appPort}`;
	app = spawn(process.execPath, [BUILD_DIR], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...env, PORT: String(appPort), HOST: '127.0.0.1', ORIGIN: origin, BODY_SIZE_LIMIT: '16M' }
	});
	let output = '';
	app.stdout!.on('data', (chunk) => (output += chunk));
	app.stderr!.on('data', (chunk) => (output += chunk));
	// A fresh app migrates before its first answer; on a busy CI machine that has taken over 90 s.
	// Each look has its own time limit, so one stuck request cannot eat the whole test.
	const deadline = Date.now() + 240_000;
	for (;;) {
		if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode}):\n${output}`);
		const status = await fetch(`${origin}/`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0);
		if (status === 200) break;
		if (Date.now() > deadline) throw new Error(`the app did not answer within 240 s (last status ${status}):\n${output.slice(-4000)}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
});

test.afterAll(async () => {
	if (app && app.exitCode === null) {
		await new Promise<void>((resolve) => {
			const kill = setTimeout(() => app!.kill('SIGKILL'), 5000);
			app!.once('exit', () => (clearTimeout(kill), resolve()));
			app!.kill('SIGTERM');
		});
	}
	rmSync(dataDir, { recursive: true, force: true });
});

/** Everyone in the journey: a browser context each, the pages it showed, and the forms it sent. */
interface Person {
	name: string;
	context: BrowserContext;
	page: Page;
	visited: Set<string>;
	posts: number;
}
const people: Person[] = [];

async function person(browser: Browser, name: string, javaScript: boolean): Promise<Person> {
	const context = await browser.newContext({ baseURL: origin, viewport: PHONE, javaScriptEnabled: javaScript });
	const page = await context.newPage();
	const who: Person = { name, context, page, visited: new Set(), posts: 0 };
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) who.visited.add(new URL(frame.url()).pathname);
	});
	page.on('request', (request) => {
		if (request.method() === 'POST' && request.url().startsWith(origin)) who.posts++;
	});
	people.push(who);
	return who;
}

/** The team moves the cycle along on "Change dates": each change is one phase's start or end. */
async function changeDates(page: Page, changes: { phase: RegExp; edge: 'Starts' | 'Ends'; day: string; time?: string }[], reason: string) {
	await page.goto(`/places/${PLACE}/cycles/${CYCLE}`);
	await page.getByRole('link', { name: 'Change dates' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Change the dates' })).toBeVisible();
	for (const change of changes) {
		const edge = page.getByRole('group', { name: change.phase }).getByRole('group', { name: change.edge, exact: true });
		await edge.getByLabel('Date').fill(change.day);
		await edge.getByLabel('Time (optional)').fill(change.time ?? '');
	}
	await page.getByLabel('Reason (residents will see this)').fill(reason);
	await page.getByRole('button', { name: 'Save the new dates' }).click();
	await expect(page.getByRole('status')).toContainText('The new dates are saved');
}

test('a new place goes from nothing to a published delivery update through its own screens', async ({ browser }) => {
	const steward = await person(browser, 'steward', true);
	const lead = await person(browser, 'lead', true);
	const member = await person(browser, 'team member', true);
	const amira = await person(browser, 'resident (online)', false);
	const groupAdmin = await person(browser, 'resident (group admin)', false);
	const letter = await person(browser, 'resident (letter code)', false);

	// 1. The steward signs in (password, then two-step code) and creates the place, inviting its lead.
	await steward.page.goto('/staff/sign-in');
	await steward.page.getByLabel('Email address').fill(STEWARD);
	await steward.page.getByLabel('Password').fill(stewardPassword);
	await steward.page.getByRole('button', { name: 'Sign in' }).click();
	await steward.page.getByLabel('Code').fill(await unusedTotp(stewardKey));
	await steward.page.getByRole('button', { name: 'Continue' }).click();
	await expect(steward.page).toHaveURL(/\/steward$/);
	await step.createPlaceAsSteward(steward.page, { slug: PLACE, nameEn: 'Riverside', leadEmail: LEAD });
	await steward.page.goto(`/places/${PLACE}`);
	await expect(steward.page.getByText('Riverside is getting started.', { exact: false })).toBeVisible();

	// 2. The lead joins, writes the place's story and chooses English and Welsh.
	expect(await step.acceptStaffInvitation(lead.page, LEAD, PASSWORD, 'Ceri')).toBe(PLACE);
	await lead.page.goto(`/places/${PLACE}`);
	await lead.page.getByRole('link', { name: "Edit this place's page" }).click();
	await lead.page.getByRole('checkbox', { name: 'English' }).check();
	await lead.page.getByRole('checkbox', { name: 'Welsh' }).check();
	await lead.page.getByRole('radio', { name: 'English' }).check();
	await lead.page.getByLabel('Our story (English)').fill('Terraces and flats along the river, and a lot of people who care.');
	await lead.page.getByLabel('Name of the place (Welsh)').fill('Glan yr Afon');
	await lead.page.getByLabel('The area (English)').fill('Two streets of terraces, a park and the old boat club.');
	await lead.page.getByRole('button', { name: 'Save the page' }).click();
	await expect(lead.page.getByRole('status')).toContainText("Saved. Your place's page shows it now.");

	// 3. The lead brings a team member in (paper ballots need two different people).
	await step.inviteTeamMember(lead.page, PLACE, MEMBER, 'team_member');
	await step.acceptStaffInvitation(member.page, MEMBER, PASSWORD, 'Dev');

	// 4. The lead starts a cycle from blank: four phases a week each, on the place's clock.
	await lead.page.goto(`/places/${PLACE}`);
	await lead.page.getByRole('link', { name: 'Start a new cycle' }).click();
	await lead.page.getByLabel('Title (English)').fill('A place to sit');
	await lead.page.getByLabel('The question or challenge, in residents’ words (English)').fill('Where could people sit and talk by the river without paying?');
	await lead.page.getByLabel('Short web address (optional)').fill(CYCLE);
	const phase = (name: string) => lead.page.getByRole('group', { name, exact: true });
	await phase('Discover').getByLabel('Opens on').fill(today().day);
	await phase('Discover').getByLabel('Closes on (optional)').fill(inDays(6));
	await phase('Co-create').getByLabel('Opens on').fill(inDays(7));
	await phase('Co-create').getByLabel('Closes on (optional)').fill(inDays(13));
	await phase('Test and vote').getByLabel('Opens on').fill(inDays(14));
	await phase('Test and vote').getByLabel('Closes on').fill(inDays(20));
	await phase('Implement').getByLabel('Opens on').fill(inDays(21));
	await lead.page.getByRole('button', { name: 'Start the cycle' }).click();
	await expect(lead.page.getByRole('heading', { level: 1, name: 'A place to sit' })).toBeVisible();

	// 5. Discover: a resident (no JavaScript) says what matters; the team makes a challenge of it.
	await signInByCode(amira.page, 'amira@example.org');
	const need = 'The benches by the boat club were taken away and there is nowhere to sit.';
	await step.postNeed(amira.page, PLACE, CYCLE, need, 'Boat club path');
	await step.createChallenge(member.page, PLACE, CYCLE, { question: 'How might we give people places to sit by the river?', fromPosts: [need] });

	// 6. The team closes discover now and opens co-create, with a reason residents read.
	await changeDates(lead.page, [
		{ phase: /^Discover/, edge: 'Ends', day: today().day, time: today().time },
		{ phase: /^Co-create/, edge: 'Starts', day: today().day }
	], 'We heard enough at the drop-in to start on ideas now.');

	// 7. Co-create: a resident and a community group propose; the team reviews both.
	const benches = { title: 'Three benches on the river path', summary: 'Oak benches where the old ones were.', cost: '3000' };
	const shelter = { title: 'A covered seat at the bus stop', summary: 'A shelter with a seat by the bridge.', cost: '2000' };
	const benchesNumber = await step.proposeAsResident(amira.page, PLACE, CYCLE, benches);
	await signInByCode(groupAdmin.page, 'boat-club@example.org');
	await step.createGroup(groupAdmin.page, { name: 'Riverside Boat Club', slug: `riverside-boat-club-${Date.now()}` });
	const shelterNumber = await step.proposeAsGroup(groupAdmin.page, PLACE, CYCLE, 'Riverside Boat Club', shelter);
	await step.reviewFeasible(member.page, PLACE, CYCLE, benchesNumber, '3000', 'The council agrees; oak benches cost about £1,000 each.');
	await step.reviewFeasible(member.page, PLACE, CYCLE, shelterNumber, '2000', 'The bus company will let us put a seat there.');

	// 8. The money: a funder's contribution, a pot, both proposals on its ballot; the vote's settings.
	await step.recordContribution(lead.page, PLACE, CYCLE, { funder: 'Riverside Housing', pounds: 4000 });
	await step.addPot(lead.page, PLACE, CYCLE, { name: 'Places to sit', pounds: 4000 });
	await step.assignProposalToPot(lead.page, PLACE, CYCLE, benches.title, 'Places to sit');
	await step.assignProposalToPot(lead.page, PLACE, CYCLE, shelter.title, 'Places to sit');
	await step.configureVote(lead.page, PLACE, CYCLE, { ballotType: 'approval', rule: 'greedy' });
	const codes = await step.makeLetterCodes(member.page, PLACE, CYCLE, { label: 'Door to door', count: 2 });

	// 9. The team closes co-create now and opens the vote for a week.
	await changeDates(lead.page, [
		{ phase: /^Co-create/, edge: 'Ends', day: today().day, time: today().time },
		{ phase: /^Test/, edge: 'Starts', day: today().day }
	], 'Both ideas are checked and costed, so the vote can start.');

	// 10. The vote: online, with a letter code, and one paper ballot entered by two people.
	await step.voteOnline(amira.page, PLACE, CYCLE, [benches.title], 'Places to sit');
	await step.voteWithLetterCode(letter.page, codes[0], [benches.title, shelter.title], 'Places to sit');
	const paper = { serial: 'R-001', voter: codes[1], choices: [benches.title], pot: 'Places to sit' };
	expect(await step.enterPaperBallot(member.page, PLACE, CYCLE, paper)).toBe('waiting');
	expect(await step.enterPaperBallot(lead.page, PLACE, CYCLE, paper)).toBe('counted');

	// 11. The vote closes now (with a reason) and delivery opens; the team counts and decides.
	await changeDates(lead.page, [
		{ phase: /^Test/, edge: 'Ends', day: today().day, time: today().time },
		{ phase: /^Implement/, edge: 'Starts', day: today().day }
	], 'Every household has had its letter and the drop-in has closed.');
	expect(await step.startCount(lead.page, PLACE, CYCLE, 'Places to sit')).toEqual([benches.title]);
	await step.publishDecision(lead.page, PLACE, CYCLE, 'We will build the three benches this spring. The covered seat did not fit in the money left.', 'Places to sit');

	// 12. The funded project is in delivery, with news residents can read.
	await step.postDeliveryUpdate(lead.page, PLACE, CYCLE, benches.title, 'The oak is ordered; the benches go in on 3 March.');
	await amira.page.goto(`/places/${PLACE}/cycles/${CYCLE}`);
	const changes = amira.page.getByRole('region', { name: 'Changes to this cycle' });
	await expect(changes).toContainText('Every household has had its letter and the drop-in has closed.');

	// 13. The next cycle starts as a copy of this one: dates shifted, nothing residents wrote copied.
	await lead.page.goto(`/places/${PLACE}/cycles/new`);
	await lead.page.getByLabel('Copy “A place to sit”').check();
	await lead.page.getByLabel('The first phase opens on').fill(inDays(60));
	await lead.page.getByRole('button', { name: 'Continue' }).click();
	await expect(phase('Discover').getByLabel('Opens on')).toHaveValue(inDays(60));
	await lead.page.getByLabel('Title (English)').fill('A place to sit, again');
	await lead.page.getByLabel('Short web address (optional)').fill(COPY);
	await lead.page.getByRole('button', { name: 'Start the cycle' }).click();
	await expect(lead.page.getByRole('heading', { level: 1, name: 'A place to sit, again' })).toBeVisible();
	await amira.page.goto(`/places/${PLACE}/cycles/${COPY}/proposals`);
	await expect(amira.page.getByText(benches.title)).toHaveCount(0);

	// Every page the journey showed, scanned with axe (JavaScript on, in each person's own session).
	const failures: string[] = [];
	for (const who of people) {
		const scanContext = await browser.newContext({ baseURL: origin, viewport: PHONE, storageState: await who.context.storageState() });
		const scanPage = await scanContext.newPage();
		for (const path of who.visited) {
			// Not pages of ours to scan again: the development outbox, one-time links already used.
			if (path.startsWith('/dev/') || path.startsWith('/invitations/') || path.startsWith('/v/')) continue;
			const response = await scanPage.goto(path);
			if (!response || !(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
			const violations = await scanWithAxe(scanPage);
			if (violations.length) failures.push(`${who.name} ${path}: ${violations.map((v) => v.id).join(', ')}`);
		}
		await scanContext.close();
	}
	const screens = new Set(people.flatMap((who) => [...who.visited].map((path) => path.replace(/\/\d+(?=\/|$)/g, '/N'))));
	console.log(`journey: ${screens.size} distinct screens; form posts: ${people.map((who) => `${who.name} ${who.posts}`).join(', ')}; total ${people.reduce((n, who) => n + who.posts, 0)}`);
	expect(failures).toEqual([]);
	for (const who of people) await who.context.close();
});
