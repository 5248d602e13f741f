import { mount } from 'svelte';
import App from './App.svelte';
import { content } from './app/content-manager.svelte';
import { installGlobalErrorHandlers } from './app/error-state.svelte';
import { updates } from './app/update-manager.svelte';
import './styles/app.css';

installGlobalErrorHandlers();
mount(App, { target: document.getElementById('app') as HTMLElement });
updates.start();
void content.start();
