import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class DataDirInUseError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(`The database in ${dataDir} is open in another process (pid ${pid}). PGlite allows one process per data directory: stop the app (or that process) and try again.`);
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Claims a PGlite data directory for this process with a lock file beside it (`<dir>.lock`, holding
 * the pid): two processes writing one directory would corrupt it, and PGlite does not check. A lock
 * left by a process that has died (kill -9, a crash) is taken over. The same process may open it
 * again (a dev server reloading its modules; a container restarted with the same pid).
 * Returns the release, also run when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
	const path = `${resolve(dataDir)}.lock`;
	const mine = String(process.pid);
	for (let attempt = 0; ; attempt++) {
		try {
			writeFileSync(path, mine, { flag: 'wx' });
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
			const holder = Number(readFileSync(path, 'utf8').trim());
			if (holder === process.pid) return () => {};
			if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) throw new DataDirInUseError(dataDir, holder);
			unlinkSync(path);
		}
	}
	let held = true;
	const release = () => {
		if (!held) return;
		held = false;
		process.off('exit', release);
		try {
			if (readFileSync(path, 'utf8').trim() === mine) unlinkSync(path);
		} catch {
			// Already gone: nothing to release.
		}
	};
	process.on('exit', release);
	return release;
}
