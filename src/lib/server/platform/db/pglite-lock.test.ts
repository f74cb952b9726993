import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './pglite-lock';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'placecraft-lock-')), 'pglite');

describe('one process per PGlite data directory', () => {
	it('claims the directory with a lock file holding this process id, and gives it back', () => {
		const dir = freshDir();
		const release = lockDataDir(dir);
		expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
		release();
		expect(existsSync(`${dir}.lock`)).toBe(false);
	});

	it('refuses a directory another running process holds', async () => {
		const dir = freshDir();
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
		try {
			writeFileSync(`${dir}.lock`, String(other.pid));
			expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
			expect(() => lockDataDir(dir)).toThrow(`open in another process (pid ${other.pid})`);
		} finally {
			other.kill();
		}
	});

	it('takes over a lock left by a process that has died', async () => {
		const dir = freshDir();
		const gone = spawn(process.execPath, ['-e', '0']);
		await new Promise((done) => gone.on('exit', done));
		writeFileSync(`${dir}.lock`, String(gone.pid));
		const release = lockDataDir(dir);
		expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
		release();
	});
});
