// `npm start`: build the app quietly, then serve it. The build's own output (some 540 lines, and
// "Run npm run preview") is kept back and shown only if the build fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const port = process.env.PORT || '3000';
const started = Date.now();
console.log('Placecraft: building the app (one to five minutes, by the machine; its output is shown only if it fails)…');

const vite = resolve(createRequire(import.meta.url).resolve('vite/package.json'), '../bin/vite.js');
const build = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'pipe', 'pipe'] });
const output: Buffer[] = [];
build.stdout.on('data', (chunk) => output.push(chunk));
build.stderr.on('data', (chunk) => output.push(chunk));
const code = await new Promise<number | null>((done) => build.on('close', done));
if (code !== 0) {
	process.stderr.write(Buffer.concat(output));
	console.error(`Placecraft: the build failed (exit ${code}); its output is above.`);
	process.exit(code ?? 1);
}

// adapter-node reads these when it starts: the public address (emailed links) and the upload limit.
process.env.ORIGIN ||= `http://localhost:${port}`;
process.env.BODY_SIZE_LIMIT ||= '16M';
console.log(
	`Placecraft: built in ${Math.round((Date.now() - started) / 1000)} s; migrating the database` +
		`${process.env.DATABASE_URL ? '' : ` (PGlite in ${process.env.PGLITE_DATA_DIR || './data/pglite'})`}, seeding demo places if it is empty, then serving ${process.env.ORIGIN}`
);
await import(pathToFileURL(resolve(process.env.PLACECRAFT_BUILD_DIR ?? 'build', 'index.js')).href);
