import { mount } from 'svelte';
import App from './App.svelte';
import { session } from './app/learner/session-manager.svelte';
import { afterNextPaint } from './app/shell/after-paint';
import { content } from './app/staff/content-manager.svelte';
import { errors, installGlobalErrorHandlers } from './app/shell/error-state.svelte';
import { updates } from './app/shell/update-manager.svelte';
import './styles/app.css';

installGlobalErrorHandlers();
mount(App, { target: document.getElementById('app') as HTMLElement });
// The first screen paints with the least code: the content store and the pack installer (a new terminal
// installs its pack), Dexie and the update check load once it is on screen. A screen behind the sign-in
// is on screen once the session has read its tiles; the others once mounted.
void afterNextPaint()
  .then(() => session.starting)
  .then(afterNextPaint)
  .then(() => Promise.all([content.start(), updates.start()]))
  // Then the background work: the audio copy and the recordings' retention purge (its code loads only now).
  .then(() => import('./app/shell/background-start'))
  .then((m) => m.startBackgroundWork())
  .catch((e) => errors.report(e));
