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
}

start();
