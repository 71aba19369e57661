// The `corpus` command: analyse a folder of articles into one corpus JSON file, without the app.
import { runCorpusCommand } from './corpus-command.ts';

process.exitCode = runCorpusCommand(process.argv.slice(2), console);
