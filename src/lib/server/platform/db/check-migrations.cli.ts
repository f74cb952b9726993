/**
 * The drizzle schema and the committed migrations agree: `drizzle-kit generate`, run on a copy of
 * drizzle/, writes nothing new. Run by `npm run db:check` (part of `npm run lint`).
 * When it fails, the schema changed without a migration: `npm run db:generate -- --name what_changed`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import config from '../../../../../drizzle.config';

const migrations = config.out ?? './drizzle';
const listFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();

// drizzle-kit reads --out relative to the project (it prefixes './'), so the copy lives inside it.
mkdirSync('node_modules/.cache', { recursive: true });
const copy = relative('.', mkdtempSync('node_modules/.cache/db-check-'));
try {
	cpSync(migrations, copy, { recursive: true });
	const before = new Set(listFiles(copy));
	const generate = spawnSync(
		'npx',
		['drizzle-kit', 'generate', '--dialect', config.dialect, '--schema', String(config.schema), '--out', copy, '--name', 'db_check'],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 }
	);
	const said = `${generate.stdout}${generate.stderr}`;
	const added = listFiles(copy).filter((file) => !before.has(file) && file.endsWith('.sql'));
	// drizzle-kit exits 0 even when it fails, so only its 'nothing to do' or a new migration count.
	if (generate.status !== 0 || (added.length === 0 && !said.includes('No schema changes'))) {
		console.error(`db:check: drizzle-kit generate failed (exit ${generate.status ?? generate.signal})\n${said}`);
		process.exitCode = 1;
	} else if (added.length > 0) {
		console.error('db:check: the schema has changes that no committed migration makes. drizzle-kit would generate:\n');
		for (const file of added) console.error(`-- ${file}\n${readFileSync(join(copy, file), 'utf8')}`);
		console.error('Run `npm run db:generate -- --name what_changed`, read the SQL and commit it.');
		process.exitCode = 1;
	} else {
		console.log(`db:check: the schema and the ${[...before].filter((file) => file.endsWith('.sql')).length} committed migrations agree.`);
	}
} finally {
	rmSync(copy, { recursive: true, force: true });
}
