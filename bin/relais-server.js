#!/usr/bin/env node
// The Relais server, as `npm start` runs it: node, straight on the built server (see run.js).
import { run } from './run.js';

await run('main');
