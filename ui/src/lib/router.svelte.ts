// A tiny history router: the current path as state, links handled without a page load, focus
// moved to the new screen's heading so keyboard and screen-reader users know it changed.
import { matchRoute, type Route } from './routes';

let location = $state({ path: window.location.pathname, search: window.location.search, hash: window.location.hash });

export const router = {
  get route(): Route {
    return matchRoute(location.path);
  },
  get path(): string {
    return location.path;
  },
  get search(): URLSearchParams {
    return new URLSearchParams(location.search);
  },
  get hash(): string {
    return location.hash;
  },
};

let focusNext = false;

function update(): void {
  location = { path: window.location.pathname, search: window.location.search, hash: window.location.hash };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  focusNext = true;
  update();
  if (!url.hash) window.scrollTo(0, 0);
}

/** Called by each screen once its heading is drawn: focuses it after a navigation (not on first load). */
export function focusHeading(heading: HTMLElement | null | undefined): void {
  if (!focusNext || !heading) return;
  focusNext = false;
  heading.focus();
}

export function startRouter(): void {
  window.addEventListener('popstate', () => {
    focusNext = true;
    update();
  });
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.reload !== undefined) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/health')) return;
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return; // in-page link (the skip link)
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
