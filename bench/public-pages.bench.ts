/**
 * Public pages on a phone: the real server (on a fresh data directory with the demo data) and Debian's Chromium
 * throttled like a mid-range phone on a slow mobile network (4x CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms
 * round trip: Chrome DevTools' "Slow 4G"). Each page is loaded cold (new browser context) a few times; printed per
 * page: the JavaScript, CSS and HTML transferred (compressed bodies, as sent, and the encoding), the number of
 * files, first contentful paint p50/p95, and whether the targets are met (JavaScript under 150 KB, FCP p50 under
 * 1.5 s). The staff login page is measured too, for comparison (no target).
 *
 * Builds nothing: it serves web/dist as built (`npm run build:web`) with the server as `npm start` runs it.
 *
 *   npm run bench -- public-pages [--runs 5] [--no-demo] [--url http://host:port]
 *
 * --url measures a server that is already running (another build, a deployed instance) instead of starting one;
 * the evaluation page is then opened with the demo administrator's login, if that server has the demo data.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser, newContext } from '../e2e/support/browser';
import { repoRoot, startServer } from '../e2e/support/server';

/** The throttled profile. */
export const PHONE_PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
};
export const TARGETS = { jsBytes: 150 * 1024, fcpMs: 1500 };

const DEMO_ADMIN = { email: 'admin@demo.relais.brussels', password: 'demo-relais-2026' };

interface Args {
  runs: number;
  demo: boolean;
  url?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 5, demo: true };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split('=', 2);
    if (key === '--no-demo') {
      args.demo = false;
      continue;
    }
    if (value === undefined) value = argv[++i];
    if (key === '--runs') args.runs = Math.max(1, Number(value));
    else if (key === '--url') args.url = value.replace(/\/$/, '');
    else throw new Error(`unknown option ${argv[i]} (use --runs N, --no-demo, --url BASE)`);
  }
  return args;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

interface Load {
  fcpMs: number;
  js: number;
  css: number;
  html: number;
  files: number;
  encodings: Set<string>;
}

/** One cold load of `url` on the throttled profile. */
async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await newContext(browser, { phone: true });
  try {
    const page = await context.newPage();
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE_PROFILE.latencyMs,
      downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
      uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
    const encodings = new Set<string>();
    cdp.on('Network.responseReceived', (e: { type: string; response: { headers: Record<string, string> } }) => {
      if (e.type === 'Script' || e.type === 'Stylesheet') encodings.add(e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'none');
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const fcpMs = await page.evaluate<number>(`new Promise((resolve, reject) => {
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) resolve(fcp.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => reject(new Error('no first contentful paint within 30 s')), 30000);
    })`);
    // Chunks loaded after the first paint (a lazy page's) count too: wait until the network is quiet.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    // A string, not a function: tsx would wrap a function's inner helpers in its own __name(), unknown in the page.
    const weights = await page.evaluate<{ js: number; css: number; html: number; files: number }>(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, bytes: r.encodedBodySize }));
      const of = (ext) => res.filter((r) => r.path.endsWith(ext));
      const sum = (list) => list.reduce((n, r) => n + r.bytes, 0);
      return { js: sum(of('.js')), css: sum(of('.css')), html: nav.encodedBodySize, files: of('.js').length + of('.css').length };
    })()`);
    return { fcpMs, ...weights, encodings };
  } finally {
    await context.close();
  }
}

/** Opens the evaluation of a demo training session and returns its public link (path only). */
async function evaluationPath(baseUrl: string): Promise<string | null> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) });
  if (!login.ok) return null;
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  for (let id = 1; id <= 50; id++) {
    const res = await fetch(`${baseUrl}/api/trainings/sessions/${id}/evaluation/open`, { method: 'POST', headers: { cookie } });
    if (res.ok) return new URL(((await res.json()) as { url: string }).url).pathname;
  }
  return null;
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const dist = path.join(repoRoot, 'web/dist');
  if (!args.url && !fs.existsSync(path.join(dist, 'index.html'))) throw new Error('web/dist is not built: run `npm run build:web` first (this benchmark builds nothing).');
  console.log(`Public pages on a phone (${PHONE_PROFILE.cpuSlowdown}x CPU, 1.6 Mbps down, ${PHONE_PROFILE.latencyMs} ms RTT), ${args.runs} cold loads each`);
  console.log(`machine: ${os.cpus().length} cores, load average ${load()} (1, 5, 15 min)`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-pages-'));
  try {
    if (args.demo && !args.url) {
      process.stdout.write('loading the demo data... ');
      const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      execFileSync(process.execPath, ['bin/relais.js', 'demo'], { cwd: repoRoot, env, stdio: 'ignore' });
      console.log('done');
    }
    const server = args.url ? { baseUrl: args.url, stop: async () => undefined } : await startServer({ dataDir, env: { LOG_LEVEL: 'warn' } });
    if (args.url) console.log(`measuring the server at ${args.url}`);
    const browser = await launchBrowser();
    try {
      await measure(browser, server.baseUrl, args);
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, baseUrl: string, args: Args): Promise<void> {
  const evaluation = (args.demo && (await evaluationPath(baseUrl))) || '/p/evaluation/unknown-link';
  const pages: { name: string; path: string; target: boolean }[] = [
    { name: 'room occupation', path: '/p/rooms', target: true },
    { name: 'room request', path: '/p/rooms/request', target: true },
    { name: 'entrance screen', path: '/p/screen', target: true },
    { name: 'training evaluation', path: evaluation, target: true },
    { name: 'staff login (no target)', path: '/login', target: false },
  ];
  // One untimed load first: the server's and the browser's first-time costs are not the page's.
  await loadOnce(browser, `${baseUrl}/p/rooms`);

  const header = ['page', 'JS', 'CSS', 'HTML', 'files', 'encoding', 'FCP p50', 'FCP p95', 'targets'];
  const rows: string[][] = [];
  let allMet = true;
  for (const p of pages) {
    const loads: Load[] = [];
    for (let i = 0; i < args.runs; i++) loads.push(await loadOnce(browser, `${baseUrl}${p.path}`));
    const fcps = loads.map((l) => l.fcpMs).sort((a, b) => a - b);
    const last = loads[loads.length - 1];
    const js = Math.max(...loads.map((l) => l.js));
    const fcp50 = percentile(fcps, 50);
    const met = js < TARGETS.jsBytes && fcp50 < TARGETS.fcpMs;
    if (p.target) allMet &&= met;
    rows.push([
      `${p.name} ${p.path.length > 24 ? `${p.path.slice(0, 22)}…` : p.path}`,
      kb(js),
      kb(last.css),
      kb(last.html),
      String(last.files),
      [...new Set(loads.flatMap((l) => [...l.encodings]))].sort().join(','),
      ms(fcp50),
      ms(percentile(fcps, 95)),
      p.target ? (met ? 'met' : `NOT MET${js >= TARGETS.jsBytes ? ' (JS)' : ''}${fcp50 >= TARGETS.fcpMs ? ' (FCP)' : ''}`) : '-',
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${rows.map(line).join('\n')}\n`);
  console.log(`targets: JavaScript under ${kb(TARGETS.jsBytes)} (compressed, as sent) and first contentful paint p50 under ${ms(TARGETS.fcpMs)}`);
  console.log(`${allMet ? 'all public pages meet the targets' : 'SOME PUBLIC PAGES MISS THE TARGETS'}; load average at the end ${load()}`);
}
