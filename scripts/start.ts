// `npm start`, after the content and app builds: serves the app and the sync server with the demo at once,
// and renders the spoken audio in the background into the served folder (the first time takes a while:
// about 3,000 lines; later starts reuse .cache/audio). The app works meanwhile; the staff area shows how much
// audio is ready, and a reload picks up the audio once its manifest is written.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const tsx = resolve('node_modules/.bin/tsx');
const server = spawn(tsx, ['sync-server/src/main.ts', 'serve', '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });

const audio = spawn('nice', ['-n', '10', tsx, 'src/content-build/audio/audio-cli.ts', 'public/content/pack.json', 'dist/audio'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env },
});
const relay = (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) if (line.trim()) console.log(`[audio] ${line}`);
};
audio.stdout.on('data', relay);
audio.stderr.on('data', relay);
audio.on('error', (e) => console.error(`[audio] le rendu des sons n’a pas démarré : ${e.message}. L’application marche sans.`));
audio.on('exit', (code) => {
  if (code === 0) console.log('[audio] Tous les sons sont prêts : rechargez la page pour les entendre.');
  else if (code !== null)
    console.error(`[audio] le rendu des sons s’est arrêté (code ${code}). L’application lit le texte avec la voix du poste.`);
});

const stop = () => {
  audio.kill();
  server.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  audio.kill();
  process.exit(code ?? 0);
});
