import { useEffect, useState } from 'react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../app/i18n';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { SCREEN_REFRESH_MS, brusselsNow, brusselsToday, useScreen, type ScreenData } from './api';
import { useTitle } from './title';
import './i18n';

/**
 * The entrance screen: today's bookings room by room, in large type (readable from 3 m), refreshed every minute.
 * When the network is down it keeps the last data and says so discreetly.
 */
export function EntranceScreenPage() {
  const { t } = useTranslation('rooms');
  useTitle(t('screen.title'));
  const screen = useScreen();
  // The last day shown, kept on the screen's browser for a network cut at opening: read once the page is there, so
  // that the first drawing is the one the server sent (web/prerender.mjs).
  const [last, setLast] = useState<ScreenData | null>(null);
  useEffect(() => {
    try {
      setLast((kept) => kept ?? (JSON.parse(localStorage.getItem('relais.rooms.screen') ?? 'null') as ScreenData | null));
    } catch {
      // storage disabled or unreadable: nothing kept
    }
  }, []);
  useEffect(() => {
    if (screen.data) {
      setLast(screen.data);
      try {
        localStorage.setItem('relais.rooms.screen', JSON.stringify(screen.data));
      } catch {
        // storage full or disabled: keep the data in memory only
      }
    }
  }, [screen.data]);
  // Reload the page once a day (new build, memory) at night.
  useEffect(() => {
    const id = setInterval(() => {
      if (brusselsNow().startsWith('04:') && navigator.onLine) window.location.reload();
    }, 3_600_000);
    return () => clearInterval(id);
  }, []);
  // A clock that ticks between refreshes: data older than two refreshes is stale even if no request has failed yet.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);
  const data = screen.data ?? last;
  const failed = !!screen.error && screen.errorUpdatedAt >= screen.dataUpdatedAt;
  // (Times of this browser's clock, not the server's: a screen's clock may be off.)
  const old = screen.data ? now - screen.dataUpdatedAt > 2.5 * SCREEN_REFRESH_MS : !screen.isFetching;
  const stale = !!data && (failed || old || data.date !== brusselsToday());
  return (
    <main style={{ minHeight: '100vh', background: '#0b2545', color: '#fff', padding: '2vw 3vw', fontSize: 'clamp(20px, 2.4vw, 44px)' }}>
      <Group justify="space-between" align="baseline" mb="1vw" wrap="nowrap">
        <h1 style={{ fontSize: '1.8em', margin: 0 }}>{t('screen.title')}</h1>
        <span style={{ fontSize: '1em' }}>{data ? formatDate(data.date, { weekday: 'long', day: 'numeric', month: 'long' }) : ''}</span>
      </Group>
      {!data ? (
        screen.error ? <ProblemAlert error={screen.error} /> : <Loading />
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 28vw), 1fr))', gap: '1.5vw' }}>
          {data.rooms.map((room) => {
            const upcoming = room.bookings.filter((b) => !b.past);
            return (
              <section key={room.id} style={{ background: 'rgba(255,255,255,0.08)', borderRadius: 12, padding: '1vw 1.5vw' }} aria-labelledby={`screen-room-${room.id}`}>
                <h2 id={`screen-room-${room.id}`} style={{ fontSize: '1.3em', margin: '0 0 0.4em' }}>
                  {room.name}
                </h2>
                {upcoming.length === 0 ? (
                  <p style={{ margin: 0, opacity: 0.85 }}>{t('screen.none')}</p>
                ) : (
                  <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {upcoming.map((b, i) => (
                      <li key={i} style={{ padding: '0.2em 0', fontWeight: b.now ? 700 : 400 }}>
                        {b.from}–{b.to} · {b.organisation ?? t('screen.occupied')}
                        {b.now && <span style={{ marginLeft: '0.5em', background: '#ffd166', color: '#0b2545', borderRadius: 6, padding: '0 0.3em', fontSize: '0.7em' }}>{t('screen.now')}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      <p role="status" aria-live="polite" style={{ position: 'fixed', bottom: 8, right: 16, margin: 0, fontSize: 16, opacity: 0.8 }}>
        {data && (stale ? t('screen.offline', { time: formatTime(data.generatedAt) }) : t('screen.updated', { time: formatTime(data.generatedAt) }))}
      </p>
    </main>
  );
}
