/**
 * `npm run tally -- <file.pb> --rule mes --completion add1 [--ordinal-utility borda]
 * [--tie-break lexico] [--json]`: counts a pabulib file and prints the funded projects, money
 * and explanations. Errors print one line and exit non-zero, never a stack trace.
 */
import { runCli } from './cli-run';

runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }).then((code) => {
	process.exitCode = code;
});
