// Temporary (helper): loads the demo with a fixed clock, to look for a date-dependent hang.
import { loadConfig } from './src/config';
import { buildApp } from './src/app';
import { openConfiguredDatabase } from './src/platform/db/open';
import { migrate } from './src/platform/db/migrate';
import { fixedClock } from './src/platform/clock';
import { loadDemo } from './src/demo';
const iso = process.argv[2];
const database = await openConfiguredDatabase(loadConfig(), 'demo-dates');
await migrate(database);
const app = await buildApp({ config: loadConfig(), database, logger: false, clock: fixedClock(iso) });
const t = Date.now();
await loadDemo(app.relais.ctx);
console.log(iso, 'ok', Date.now() - t, 'ms');
await app.close();
await database.close();
