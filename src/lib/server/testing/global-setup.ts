import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { connectDatabase } from '../platform/db/connect';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A migrated PGlite data directory, dumped once: loading it is much faster than initdb + migrate. */
		pgliteTemplate: string;
		/** A migrated Postgres database to copy with CREATE DATABASE … TEMPLATE. */
		postgresTemplate: string;
	}
}

interface Templates {
	pgliteTemplate: string;
	postgresTemplate?: string;
	remove(): Promise<void>;
}

// The db projects share one set of templates: the first to start makes them, the last to end removes them.
let templates: Promise<Templates> | undefined;
let users = 0;

/**
 * Runs once before the integration tests: prepares migrated templates so each test gets a fresh
 * database in about a second instead of several. Removes them afterwards.
 */
export default async function setup(project: TestProject) {
	users++;
	templates ??= makeTemplates();
	const made = await templates;
	project.provide('pgliteTemplate', made.pgliteTemplate);
	if (made.postgresTemplate) project.provide('postgresTemplate', made.postgresTemplate);
	return async () => {
		if (--users > 0) return;
		templates = undefined;
		await made.remove();
	};
}

async function makeTemplates(): Promise<Templates> {
	const dir = mkdtempSync(join(tmpdir(), 'placecraft-test-'));
	const client = new PGlite('memory://');
	await migrate(drizzle(client), { migrationsFolder: 'drizzle' });
	const dump = await client.dumpDataDir('none');
	await client.close();
	const pgliteTemplate = join(dir, 'template.tar');
	writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()));

	let postgresTemplate: string | undefined;
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
		postgresTemplate = name;
		dropTemplate = async () => {
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		};
	}

	return {
		pgliteTemplate,
		postgresTemplate,
		async remove() {
			await dropTemplate();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
