/**
 * What the browser and the network cannot be used for: security headers, cross-site requests,
 * caching of personal data, forged client addresses behind a proxy, and malformed requests.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';
import { loadConfig } from '../src/config';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z' });
});
afterAll(() => t?.close());

const isProblem = (res: { headers: Record<string, unknown> }) => expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);

describe('browser security headers', () => {
  it('the web app and the API forbid inline scripts, framing and MIME sniffing, and send no referrer elsewhere', async () => {
    for (const url of ['/', '/api/health', '/people/12']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it('the built web app has no inline script for the policy to break', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    if (res.statusCode === 404) return; // web/dist not built
    const scripts = [...res.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/assets\//);
      expect(body.trim()).toBe('');
    }
  });
});

describe('answers that carry personal data are not cached', () => {
  it('every answer to a logged-in user says no-store', async () => {
    for (const url of ['/api/auth/me', '/api/people', '/api/users', '/api/audit']) {
      const res = await t.as('admin', { method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('errors are not cached either; public feeds keep their own caching', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/people' })).headers['cache-control']).toBe('no-store');
    const feed = await t.app.inject({ method: 'GET', url: '/api/public/rooms' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['cache-control']).toBe('public, max-age=300');
  });
});

describe('requests from another site are refused', () => {
  it('a page on another origin (even another port of the same host) cannot log a user out', async () => {
    const cookie = await t.cookieFor('reception');
    for (const origin of ['http://evil.example', 'http://localhost:8081', 'null']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin } });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().code).toBe('error.cross_site');
      isProblem(res);
    }
    // without Origin, the browser's Sec-Fetch-Site tells a same-site page apart
    const sameSite = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'sec-fetch-site': 'same-site' } });
    expect(sameSite.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('refuses cross-site writes on every method, public forms included, and changes nothing', async () => {
    const [{ n: before }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from people`);
    const evil = { origin: 'https://relais.example.evil' };
    for (const [method, url] of [
      ['POST', '/api/people'],
      ['PATCH', '/api/people/1'],
      ['PUT', '/api/auth/locale'],
      ['POST', '/api/public/rooms/requests'],
    ] as const) {
      const res = await t.as('reception', { method, url, headers: evil, payload: { firstName: 'Cross', lastName: 'Site' } });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    const [{ n: after }] = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from people`);
    expect(after).toBe(before);
  });

  it('lets the app\'s own pages through (same Origin or same-origin fetch), and clients that are not browsers', async () => {
    const cookie = await t.cookieFor('trainer');
    const own = await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie, origin: 'http://localhost', host: 'localhost' }, payload: { locale: 'nl' } });
    expect(own.statusCode, own.body).toBe(204);
    const fetchSite = await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie, 'sec-fetch-site': 'same-origin' }, payload: { locale: 'fr' } });
    expect(fetchSite.statusCode).toBe(204);
    const noBrowser = await t.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie }, payload: { locale: 'fr' } });
    expect(noBrowser.statusCode).toBe(204);
  });

  it('with PUBLIC_URL set, only that origin is the app\'s own', async () => {
    const pub = await createTestApp({ env: { PUBLIC_URL: 'https://relais.example.be' } });
    try {
      const cookie = await pub.cookieFor('reception');
      const call = (origin: string) => pub.app.inject({ method: 'PUT', url: '/api/auth/locale', headers: { cookie, origin, host: 'relais.example.be' }, payload: { locale: 'en' } });
      expect((await call('https://relais.example.be')).statusCode).toBe(204);
      expect((await call('http://relais.example.be')).statusCode).toBe(403);
      expect((await call('https://other.example.be')).statusCode).toBe(403);
    } finally {
      await pub.close();
    }
  });
});

describe('client addresses behind a reverse proxy', () => {
  it('refuses TRUST_PROXY=true with a message saying what to set instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=1/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.5,not-an-address' })).toThrow(/not-an-address/);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24' }).TRUST_PROXY).toEqual(['10.0.0.5', '10.0.1.0/24']);
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
  });

  it('a forged X-Forwarded-For does not get around the per-address login limit (TRUST_PROXY=1)', async () => {
    const behind = await createTestApp({ clock: '2026-03-02T09:00:00Z', env: { TRUST_PROXY: '1' } });
    try {
      const attempt = (i: number, email = `guess${i}@centrale.test`) =>
        behind.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.0.0.1', // the proxy
          headers: { 'x-forwarded-for': `198.18.${i % 250}.${i % 7}, 203.0.113.99` }, // forged left-most, the proxy's right-most
          payload: { email, password: 'guess' },
        });
      for (let i = 0; i < 20; i++) expect((await attempt(i)).statusCode).toBe(401);
      const blocked = await attempt(21);
      expect(blocked.statusCode).toBe(429);
      const ips = await behind.database.rows<{ ip: string }>(sql`select distinct ip from login_attempts`);
      expect(ips).toEqual([{ ip: '203.0.113.99' }]);
    } finally {
      await behind.close();
    }
  });

  it('a forged X-Forwarded-For does not get around the limit of public room requests per address (TRUST_PROXY=1)', async () => {
    const behind = await createTestApp({ clock: '2026-03-02T09:00:00Z', env: { TRUST_PROXY: '1' } });
    try {
      const room = await behind.as('admin', { method: 'POST', url: '/api/rooms', payload: { name: 'Salle Atelier', capacity: 10 } });
      expect(room.statusCode, room.body).toBe(201);
      const request = (i: number) =>
        behind.app.inject({
          method: 'POST',
          url: '/api/public/rooms/requests',
          remoteAddress: '10.0.0.1',
          headers: { 'x-forwarded-for': `192.0.2.${10 + i}, 203.0.113.77` },
          payload: { roomId: room.json().id, date: `2026-04-0${1 + i}`, startTime: '14:00', endTime: '15:00', organisation: 'O', contactName: 'C', contactEmail: 'c@example.org', purpose: 'P', attendees: 2 },
        });
      for (let i = 0; i < 5; i++) expect((await request(i)).statusCode).toBe(202);
      const sixth = await request(5);
      expect(sixth.statusCode).toBe(429);
      expect(sixth.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await behind.close();
    }
  });

  it('with a list of proxies, X-Forwarded-For counts only when it comes from one of them', async () => {
    const behind = await createTestApp({ env: { TRUST_PROXY: '10.0.0.1' } });
    try {
      const send = (remoteAddress: string) =>
        behind.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, headers: { 'x-forwarded-for': '198.51.100.1' }, payload: { email: 'x@centrale.test', password: 'x' } });
      await send('10.0.0.1');
      await send('192.0.2.5');
      const ips = await behind.database.rows<{ ip: string }>(sql`select ip from login_attempts order by id`);
      expect(ips.map((r) => r.ip)).toEqual(['198.51.100.1', '192.0.2.5']);
    } finally {
      await behind.close();
    }
  });
});

describe('addresses stored as links', () => {
  it('a javascript: or data: address is never stored as an organisation\'s website or a room\'s photo', async () => {
    for (const url of ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox', 'https://']) {
      const org = await t.as('admin', { method: 'POST', url: '/api/organisations', headers: { 'accept-language': 'en' }, payload: { name: `Org ${url.slice(0, 12)}`, type: 'association', website: url } });
      expect(org.statusCode, `${url}: ${org.body}`).toBe(400);
      expect(org.json().errors).toEqual([{ path: 'body.website', message: 'Give a full web address starting with http:// or https://.' }]);
      const room = await t.as('admin', { method: 'POST', url: '/api/rooms', payload: { name: `Salle ${url.slice(0, 12)}`, capacity: 10, photoUrl: url } });
      expect(room.statusCode, url).toBe(400);
    }
    const [{ n }] = await t.database.rows<{ n: number }>(sql`select (select count(*) from organisations)::int + (select count(*) from rooms)::int as n`);
    expect(n).toBe(0);
    const ok = await t.as('admin', { method: 'POST', url: '/api/organisations', payload: { name: 'Actiris', type: 'association', website: 'https://www.actiris.brussels/fr/' } });
    expect(ok.statusCode, ok.body).toBe(201);
    const photo = await t.as('admin', { method: 'POST', url: '/api/rooms', payload: { name: 'Salle Photo', capacity: 10, photoUrl: 'http://photos.example.be/salle.jpg' } });
    expect(photo.statusCode, photo.body).toBe(201);
  });
});

describe('malformed requests get a problem+json 4xx', () => {
  it('a URL with a broken percent-encoding', async () => {
    for (const url of ['/api/people/%zz', '/api/%', '/api/sites/%E0%A4%A']) {
      const res = await t.as(null, { method: 'GET', url, headers: { 'accept-language': 'nl' } });
      expect(res.statusCode, url).toBe(400);
      isProblem(res);
      expect(res.json().title).toBe('Dit adres is niet geldig (foute codering).');
    }
  });

  it('fields, query parameters and values named after Object.prototype members', async () => {
    const names = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'toLocaleString'];
    for (const name of names) {
      for (const res of [
        await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.c', password: 'x', [name]: 1 } }),
        await t.as(null, { method: 'GET', url: `/api/public/rooms/occupation?${encodeURIComponent(name)}=1` }),
        await t.as('reception', { method: 'POST', url: '/api/people', payload: { firstName: name, lastName: { [name]: name }, [name]: name } }),
        await t.as('reception', { method: 'GET', url: `/api/people?q=x&${encodeURIComponent(name)}=${encodeURIComponent(name)}` }),
        await t.as('reception', { method: 'GET', url: `/api/people/${encodeURIComponent(name)}` }),
        await t.as('admin', { method: 'POST', url: '/api/users', payload: { email: 'p@centrale.test', name, roles: [name], password: name, [name]: name } }),
      ]) {
        expect(res.statusCode, `${name}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, name).toBeLessThan(500);
        isProblem(res);
      }
    }
  });

  it('a URI or headers too large for the HTTP parser', async () => {
    const app = (await createTestApp()).app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as net.AddressInfo;
      const raw = (request: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
          let out = '';
          socket.on('data', (d) => (out += d.toString()));
          socket.on('end', () => resolve(out));
          socket.on('error', reject);
        });
      const long = await raw(`GET /api/people?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      expect(long).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(long).toMatch(/Content-Type: application\/problem\+json/i);
      expect(JSON.parse(long.split('\r\n\r\n')[1]).status).toBeGreaterThanOrEqual(400);
      const garbage = await raw('NOT A REQUEST\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
      expect(garbage).toMatch(/application\/problem\+json/i);
    } finally {
      await app.close();
    }
  });
});
