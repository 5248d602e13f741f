// The floor of a cold start: one tiny script paints one line of text, served by a Workbox precache.
const line = document.createElement('p');
line.setAttribute('elementtiming', 'floor');
line.textContent = 'Qui êtes-vous ?';
document.getElementById('app')?.append(line);
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('./sw.js', { scope: './' });
