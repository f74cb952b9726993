import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { connectDatabase } from './connect';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A migrated PGlite data directory, dumped once: loading it is much faster than initdb + migrate. */
		pgliteTemplate: string;
		/** A migrated Postgres database to copy with CREATE DATABASE … TEMPLATE. */
		postgresTemplate: string;
	}
}

/**
 * Runs once before the integration tests: prepares migrated templates so each test gets a fresh
 * database in about a second instead of several. Removes them afterwards.
 */
export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'placecraft-test-'));
	const client = new PGlite('memory://');
	await migrate(drizzle(client), { migrationsFolder: 'drizzle' });
	const dump = await client.dumpDataDir('none');
	await client.close();
	const dumpPath = join(dir, 'template.tar');
	writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', dumpPath);

	let dropTemplate = async () => {};
	const url = process.env.DATABASE_URL;
	if (url) {
		const name = `placecraft_template_${randomBytes(4).toString('hex')}`;
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database "${name}"`);
		const target = new URL(url);
		target.pathname = `/${name}`;
		const migrated = await connectDatabase({ url: target.toString() });
		await migrated.close();
		project.provide('postgresTemplate', name);
		dropTemplate = async () => {
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		};
	}

	return async () => {
		await dropTemplate();
		rmSync(dir, { recursive: true, force: true });
	};
}
