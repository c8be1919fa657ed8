// Records every Partnership Pulse event the host page receives (no inline script: the page runs
// under a strict Content-Security-Policy).
window.hostEvents = [];
for (const name of ['ready', 'started', 'section-changed', 'submitted', 'error']) {
  document.addEventListener(`partnership-pulse:${name}`, (event) => {
    window.hostEvents.push({ name, target: event.target.id, detail: event.detail });
  });
}
