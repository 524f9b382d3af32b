import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startRouter } from './lib/router.svelte';
import { applyLanguage } from './lib/i18n.svelte';

applyLanguage();
startRouter();
mount(App, { target: document.getElementById('app')! });
