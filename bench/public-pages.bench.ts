/**
 * Public pages on a phone: the real server (on a fresh data directory with the demo data) and Debian's Chromium
 * throttled like a mid-range phone on a slow mobile network (4x CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms
 * round trip: Chrome DevTools' "Slow 4G"). Every page served without login (the public pages and screens of /p/,
 * each at a real link of the demo data where there is one, and the staff login) is loaded cold (new browser
 * context) a few times; printed per page: the JavaScript, CSS and HTML transferred (compressed bodies, as sent, and
 * the encoding), every byte of the page (API answers included), the number of files, first contentful paint
 * p50/p95, whether the charts or the QR scanner came with it, and whether the targets are met (JavaScript under
 * 150 KB, FCP p50 under 1.5 s, no charts or QR scanner). The server-rendered website's home is measured too, for
 * comparison (no JavaScript; no target).
 *
 * Builds nothing: it serves web/dist as built (`npm run build:web`) with the server as `npm start` runs it.
 *
 *   npm run bench -- public-pages [--runs 5] [--no-demo] [--url http://host:port]
 *
 * --url measures a server that is already running (another build, a deployed instance) instead of starting one;
 * the private links are then made with the demo administrator's login, if that server has the demo data.
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
  /** every body of the page (HTML, JS, CSS, API answers, images), as sent */
  total: number;
  files: number;
  scripts: string[];
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
    // What the page received, as Playwright saw it on the network (the page's own performance timeline is empty in
    // this Chromium when throttled through CDP): per request its type, address and body bytes as sent (compressed).
    const received: Promise<{ type: string; url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      received.push(
        request.sizes().then(async (sizes) => {
          const type = request.resourceType();
          if (type === 'script' || type === 'stylesheet') encodings.add((await request.response())?.headers()['content-encoding'] ?? 'none');
          return { type, url: request.url(), bytes: sizes.responseBodySize };
        }),
      );
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
    const all = await Promise.all(received);
    const of = (type: string) => all.filter((r) => r.type === type);
    const sum = (list: { bytes: number }[]) => list.reduce((n, r) => n + r.bytes, 0);
    const weights = {
      js: sum(of('script')),
      css: sum(of('stylesheet')),
      html: sum(of('document')),
      total: sum(all),
      files: of('script').length + of('stylesheet').length,
      scripts: of('script').map((r) => r.url),
    };
    return { fcpMs, ...weights, encodings };
  } finally {
    await context.close();
  }
}

/** A staff session of the demo administrator (its cookie), or null without the demo data. */
async function staffCookie(baseUrl: string): Promise<string | null> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) });
  if (!login.ok) return null;
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function json<T>(baseUrl: string, method: 'GET' | 'POST', url: string, cookie?: string | null): Promise<T | null> {
  const res = await fetch(`${baseUrl}${url}`, { method, headers: cookie ? { cookie } : {} });
  return res.ok ? ((await res.json()) as T) : null;
}

/**
 * The public pages, each at a real address where the demo data has one (a private link is made through the staff
 * API, as staff would), else at a well-formed unknown link (the page's code is the same; it shows "link unknown").
 */
async function publicPages(baseUrl: string, demo: boolean): Promise<{ name: string; path: string; target: boolean }[]> {
  const cookie = demo ? await staffCookie(baseUrl) : null;
  const unknown = 'unknown-link-0000000000000000';
  const get = <T>(url: string) => json<T>(baseUrl, 'GET', url, cookie);
  const post = <T>(url: string) => json<T>(baseUrl, 'POST', url, cookie);
  type Items<T> = { items: T[] } | null;

  let evaluation: string | null = null;
  for (let id = 1; cookie && id <= 50 && !evaluation; id++) {
    const res = await post<{ url: string }>(`/api/trainings/sessions/${id}/evaluation/open`);
    if (res) evaluation = new URL(res.url).pathname;
  }
  const surveys = cookie ? await get<Items<{ id: number; publicToken: string | null }>>('/api/surveys') : null;
  const survey = surveys?.items.find((s) => s.publicToken)?.publicToken ?? null;
  let juror: string | null = null;
  const contests = cookie ? await get<Items<{ id: number }>>('/api/contests') : null;
  for (const c of contests?.items ?? []) {
    const detail = await get<{ jurors: { id: number }[] }>(`/api/contests/${c.id}`);
    const j = detail?.jurors[0];
    if (j) juror = (await post<{ token: string }>(`/api/contests/${c.id}/jurors/${j.id}/link`))?.token ?? null;
    if (juror) break;
  }
  const events = await json<Items<{ id: number }>>(baseUrl, 'GET', '/api/public/events');
  const offers = await json<Items<{ id: number }>>(baseUrl, 'GET', '/api/public/offers');
  const known = (found: string | number | null | undefined, path: (x: string) => string) => (found != null ? path(String(found)) : `${path(unknown)} (unknown link)`);
  const pages = [
    { name: 'room occupation', path: '/fr/salles' },
    { name: 'room request', path: '/p/rooms/request' },
    { name: 'entrance screen', path: '/p/screen' },
    { name: 'events', path: '/p/events' },
    { name: 'event registration', path: known(events?.items[0]?.id, (x) => `/p/events/${x}`) },
    { name: 'job offer', path: known(offers?.items[0]?.id, (x) => `/p/offers/${x}`) },
    { name: 'fair guide', path: known(events?.items[0]?.id, (x) => `/p/offers/guide/${x}`) },
    { name: 'exhibitor space', path: known(null, (x) => `/p/exhibitor/${x}`) },
    { name: 'training evaluation', path: evaluation ?? `/p/evaluation/${unknown} (unknown link)` },
    { name: 'survey', path: known(survey, (x) => `/p/survey/${x}`) },
    { name: 'jury', path: known(juror, (x) => `/p/jury/${x}`) },
    { name: 'diagnostic', path: '/p/diagnostic' },
    { name: 'employer space', path: known(null, (x) => `/p/matching/${x}`) },
    { name: 'partner appointment', path: known(null, (x) => `/p/matching/appointment/${x}`) },
    { name: 'staff login', path: '/login' },
  ];
  return [
    ...pages.map((p) => ({ ...p, target: true })),
    // The server-rendered public website, for comparison (no JavaScript at all).
    { name: 'website home (server-rendered)', path: '/fr', target: false },
  ];
}

/** Code of the charts (recharts) or of the QR scanner (ZXing) in a file: neither belongs to a public page. */
const HEAVY_MARKERS: { name: string; test: RegExp }[] = [
  { name: 'charts', test: /recharts-(wrapper|surface)/ },
  { name: 'QR scanner', test: /NotFoundException|MultiFormatReader/ },
];

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
  const pages = await publicPages(baseUrl, args.demo);
  // One untimed load first: the server's and the browser's first-time costs are not the page's.
  await loadOnce(browser, `${baseUrl}/p/rooms/request`);

  const scriptText = new Map<string, Promise<string>>();
  const heavyIn = async (urls: string[]) => {
    const found = new Set<string>();
    for (const url of urls) {
      if (!scriptText.has(url)) scriptText.set(url, fetch(url).then((r) => r.text()));
      const text = await scriptText.get(url)!;
      for (const m of HEAVY_MARKERS) if (m.test.test(text)) found.add(m.name);
    }
    return [...found];
  };

  const header = ['page', 'JS', 'CSS', 'HTML', 'total', 'files', 'encoding', 'FCP p50', 'FCP p95', 'charts/QR', 'targets'];
  const rows: string[][] = [];
  let allMet = true;
  for (const p of pages) {
    const path = p.path.replace(/ \(unknown link\)$/, '');
    const loads: Load[] = [];
    for (let i = 0; i < args.runs; i++) loads.push(await loadOnce(browser, `${baseUrl}${path}`));
    const fcps = loads.map((l) => l.fcpMs).sort((a, b) => a - b);
    const last = loads[loads.length - 1];
    const js = Math.max(...loads.map((l) => l.js));
    const fcp50 = percentile(fcps, 50);
    const heavy = await heavyIn([...new Set(loads.flatMap((l) => l.scripts))]);
    const met = js < TARGETS.jsBytes && fcp50 < TARGETS.fcpMs && heavy.length === 0;
    if (p.target) allMet &&= met;
    const shown = p.path.length > 34 ? `${p.path.slice(0, 22)}…${p.path.endsWith('(unknown link)') ? ' (unknown link)' : ''}` : p.path;
    rows.push([
      `${p.name} ${shown}`,
      kb(js),
      kb(last.css),
      kb(last.html),
      kb(Math.max(...loads.map((l) => l.total))),
      String(last.files),
      [...new Set(loads.flatMap((l) => [...l.encodings]))].sort().join(',') || '-',
      ms(fcp50),
      ms(percentile(fcps, 95)),
      heavy.join(',') || 'none',
      p.target ? (met ? 'met' : `NOT MET${js >= TARGETS.jsBytes ? ' (JS)' : ''}${fcp50 >= TARGETS.fcpMs ? ' (FCP)' : ''}${heavy.length ? ' (charts/QR)' : ''}`) : '-',
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${rows.map(line).join('\n')}\n`);
  console.log(`JS, CSS, HTML: bodies as sent (compressed; the largest of the runs for JS and total); total: every response of the page, API answers included.`);
  console.log(`targets: JavaScript under ${kb(TARGETS.jsBytes)} (compressed, as sent), first contentful paint p50 under ${ms(TARGETS.fcpMs)}, no charts or QR scanner code`);
  console.log(`${allMet ? 'all public pages meet the targets' : 'SOME PUBLIC PAGES MISS THE TARGETS'}; load average at the end ${load()}`);
}
