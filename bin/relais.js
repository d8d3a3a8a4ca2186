#!/usr/bin/env node
// The Relais command-line tool: `npx relais <command>` (see `npx relais --help`).
import { register } from 'tsx/esm/api';

register();
await import('../server/src/cli.ts');
