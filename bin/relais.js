#!/usr/bin/env node
// The Relais command-line tool: `npx relais <command>` (see `npx relais --help`).
import { run } from './run.js';

await run('cli');
