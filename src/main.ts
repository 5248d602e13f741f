import { mount } from 'svelte';
import App from './App.svelte';
import { content } from './app/staff/content-manager.svelte';
import { installGlobalErrorHandlers } from './app/shell/error-state.svelte';
import { updates } from './app/shell/update-manager.svelte';
import './styles/app.css';

installGlobalErrorHandlers();
// Content starts loading first: on a cold start, IndexedDB is the slowest step.
void content.start();
mount(App, { target: document.getElementById('app') as HTMLElement });
updates.start();
