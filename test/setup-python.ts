// The Python parser (WebAssembly) initialises asynchronously; the CLI awaits it before
// parsing. Test files call parsePython at collection time, so it is ready before any runs.
import { initPythonParser } from '../src/load/python/index.js';

await initPythonParser();
