'use client';

import { useEffect, useState } from 'react';

/**
 * - `none`: no worker (development, a browser without service workers, or registration refused)
 * - `saving`: the first install is downloading the course
 * - `ready`: a worker with the whole course in its cache controls the site
 * - `failed`: the first install did not complete; the browser tries again on the next visit
 */
export type OfflineState = 'none' | 'saving' | 'ready' | 'failed';

export interface ServiceWorkerStatus {
  state: OfflineState;
  online: boolean;
  /** A newer build's worker, installed and waiting for the open pages to let it take over. */
  waiting: ServiceWorker | null;
}

// Long-lived tabs navigate client-side, which never makes the browser look for a new worker.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function stateOf(reg: ServiceWorkerRegistration): OfflineState {
  if (reg.active) return 'ready';
  return reg.installing || reg.waiting ? 'saving' : 'failed';
}

/** Registers /sw.js once the page has loaded and follows its installs, updates and the network. */
export function useServiceWorker(): ServiceWorkerStatus {
  const [status, setStatus] = useState<ServiceWorkerStatus>({ state: 'none', online: true, waiting: null });

  useEffect(() => {
    // `next dev` has no sw.js: it is written after `next build`.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let reg: ServiceWorkerRegistration | undefined;
    let lastCheck = Date.now();
    const cleanups: (() => void)[] = [];
    const listen = (target: EventTarget, type: string, fn: () => void) => {
      target.addEventListener(type, fn);
      cleanups.push(() => target.removeEventListener(type, fn));
    };

    const refresh = () => {
      if (!reg) return;
      const current = reg;
      setStatus((s) => ({ ...s, state: stateOf(current), waiting: current.active ? current.waiting : null }));
    };
    const follow = (worker: ServiceWorker | null) => {
      if (worker) listen(worker, 'statechange', refresh);
    };
    const online = () => setStatus((s) => ({ ...s, online: navigator.onLine }));
    const checkForUpdate = () => {
      if (!reg || document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_MS) return;
      lastCheck = Date.now();
      // Offline or the server unreachable: nothing to do, the next check will try again.
      reg.update().catch(() => undefined);
    };

    const start = async () => {
      try {
        // A test harness that blocks service workers resolves with nothing.
        reg = (await container.register('/sw.js', { scope: '/' })) ?? undefined;
      } catch {
        // No sw.js on this host, or storage refused (private browsing): the site works online as before.
        return;
      }
      if (!reg) return;
      follow(reg.installing);
      follow(reg.waiting);
      listen(reg, 'updatefound', () => {
        follow(reg?.installing ?? null);
        refresh();
      });
      refresh();
    };

    online();
    listen(window, 'online', online);
    listen(window, 'offline', online);
    listen(document, 'visibilitychange', checkForUpdate);
    // After load, so the install's downloads never compete with the page's own.
    if (document.readyState === 'complete') void start();
    else listen(window, 'load', () => void start());
    return () => cleanups.forEach((fn) => fn());
  }, []);

  return status;
}

/** Lets the waiting worker take over, then reloads this page into the new build. */
export function activateUpdate(waiting: ServiceWorker) {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
