// GraphiQL for Forbedring's API: a page of its own (/graphiql), built by Vite as a second entry and
// left out of the app's bundle budget. Same origin, so the sign-in cookie goes with every request;
// the API decides what each person may see and do, exactly as for the app. Signed out, the page
// only says so and links to sign-in. No JSX (the app has no React set-up): createElement is enough.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './page.css';

const root = document.getElementById('graphiql')!;
const norwegian = (localStorage.getItem('forbedring.lang') ?? 'nb') !== 'en';

const fetcher: Fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': norwegian ? 'nb' : 'en' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const DEFAULT_QUERY = `# Forbedring's GraphQL API, as you: you see and change only what your roles allow.
# The schema is also in docs/schema.graphql. Ctrl+Enter runs the query.
{
  networks { id name }
}
`;

function signedOut(): void {
  root.classList.add('signed-out');
  const heading = document.createElement('h1');
  heading.textContent = 'GraphiQL';
  const text = document.createElement('p');
  text.textContent = norwegian ? 'Logg inn for å bruke GraphQL-utforskeren.' : 'Sign in to use the GraphQL explorer.';
  const link = document.createElement('a');
  link.href = `/logg-inn?tilbake=${encodeURIComponent('/graphiql')}`;
  link.textContent = norwegian ? 'Logg inn' : 'Sign in';
  root.append(heading, text, link);
}

async function start(): Promise<void> {
  const me = await fetch('/api/auth/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
  if (!me || me.status !== 200) {
    signedOut();
    return;
  }
  createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: false }));
  new MutationObserver(labelEditors).observe(root, { childList: true, subtree: true });
}

/**
 * CodeMirror's editors are textareas without a name, and their scrolling panes take no keyboard focus: a screen
 * reader hears "edit text" three times, and a keyboard cannot scroll a long answer. GraphiQL offers no option for
 * either, so the page names each editor and lets its pane take focus as it appears.
 */
function labelEditors(): void {
  const names: [string, string, string][] = [
    ['.graphiql-query-editor', 'GraphQL-spørring', 'GraphQL query'],
    ['.graphiql-editor-tool', 'Variabler eller overskrifter (JSON)', 'Variables or headers (JSON)'],
    ['.graphiql-response', 'Svar fra API-et', 'The answer from the API'],
  ];
  for (const [area, nb, en] of names) {
    for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(`${area} .CodeMirror textarea:not([aria-label])`))
      textarea.setAttribute('aria-label', norwegian ? nb : en);
    // CodeMirror gives its pane tabindex -1; the label marks the panes already let in.
    for (const pane of root.querySelectorAll<HTMLElement>(`${area} .CodeMirror-scroll:not([aria-label])`)) {
      pane.tabIndex = 0;
      pane.setAttribute('aria-label', norwegian ? nb : en);
    }
  }
}

start();
