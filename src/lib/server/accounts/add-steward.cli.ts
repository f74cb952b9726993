/**
 * `npm run steward:add -- <email> [--name "Name"] [--reset]`: the first steward of a database that
 * has no people (SEED_DEMO=false), or another one later. Opens the database the app would
 * (DATABASE_URL, else PGlite in PGLITE_DATA_DIR) and migrates it first. With PGlite, run it while
 * the app is stopped: one process per data directory (it refuses otherwise).
 */
import { parseArgs } from 'node:util';
import { connectDatabase } from '../platform/db/connect';
import { addSteward } from './add-steward';
import { totpKeyUri } from './two-factor';

const usage = 'Usage: npm run steward:add -- <email> [--name "Full name"] [--reset]';

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ allowPositionals: true, options: { name: { type: 'string' }, reset: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help || positionals.length !== 1) {
		console.error(usage);
		return values.help ? 0 : 2;
	}
	const [email] = positionals;
	const handle = await connectDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DATA_DIR || undefined });
	try {
		const result = await addSteward({ db: handle.db, now: new Date() }, { email, name: values.name, reset: values.reset });
		if (!result.ok) {
			if (result.error === 'steward_exists') {
				console.error(
					`${email.trim().toLowerCase()} is already a steward. Their password and two-step key were shown once, when they were added, and are never shown again.\n` +
						`To give them new ones (the old ones stop working and they are signed out everywhere):\n  npm run steward:add -- ${email.trim()} --reset`
				);
				return 1;
			}
			console.error(result.error === 'email_invalid' ? `"${email}" is not an email address.\n${usage}` : 'The name is too long (120 characters at most).');
			return 2;
		}
		const what = { created: 'Steward created', promoted: 'Made a steward (their old password no longer works)', reset: 'New password and two-step key issued (the old ones no longer work)' }[result.outcome];
		const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
		console.log(
			[
				`${what}: ${result.email}`,
				'',
				'These are shown only now. Give them to the steward in a safe way; they cannot be shown again.',
				'',
				`  Password:              ${result.password}`,
				`  Two-step sign-in key:  ${result.totpKey}`,
				`  (or, for apps that take a link: ${totpKeyUri(result.totpKey, result.email)})`,
				'',
				'The steward adds the key to an authenticator app (for example Google Authenticator, Microsoft Authenticator or 2FAS),',
				`signs in at ${origin}/staff/sign-in with the email address and the password, then types the 6-digit code the app shows.`,
				'They can change the password at Your account > Change your password.'
			].join('\n')
		);
		return 0;
	} finally {
		await handle.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
