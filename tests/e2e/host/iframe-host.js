// Frames the app from another origin (127.0.0.1 when this page is on localhost): one frame told
// to post events to this page's origin, one told to post them to a different origin.
window.messages = [];
window.addEventListener('message', (event) => {
  if (event.data?.source === 'partnership-pulse') {
    window.messages.push({ origin: event.origin, type: event.data.type, frame: event.source === frames[0] ? 'trusted' : 'elsewhere' });
  }
});
const app = `http://127.0.0.1:${location.port}/pp/index.html`;
document.getElementById('trusted').src = `${app}?parentOrigin=${encodeURIComponent(location.origin)}`;
document.getElementById('elsewhere').src = `${app}?parentOrigin=${encodeURIComponent('https://example.org')}`;
