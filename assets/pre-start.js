// Runs in the survey page's <head>, before its first paint and long before the WebAssembly:
// decides whether the welcome screen written into the page (scripts/build/first-screen.mjs) is the
// survey being opened, and keeps a Start pressed before the app is ready. The build writes it into
// the page, allowed by its hash under a strict Content-Security-Policy.
(function () {
  var root = document.documentElement;
  // Written into the page (scripts/build/inline-start-up.mjs): the mark tells the start-up
  // script it ran, so a host's policy that refused it gets this file instead.
  root.setAttribute('data-pp-pre-start', '');
  var query = new URLSearchParams(location.search);
  // A share link or another survey's address, or another language than the English written
  // into the page: the built-in survey's English welcome must not show.
  var language = query.get('lang');
  if (location.hash.indexOf('#s1.') === 0 || query.get('survey') || (language && language !== 'en')) {
    root.classList.add('pp-opening');
  }
  function whenRead() {
    // The address asks for a language the app's words are in: say "opening" in it, and tell
    // screen readers the page's language before the app does.
    var opening = document.querySelector('.pp-static-opening');
    var words = language && opening && opening.getAttribute('data-lang-' + language);
    if (words) {
      opening.firstElementChild.textContent = words;
      root.lang = language.replace(/-easy$/, '');
    }
    var theme = query.get('theme');
    var shown = document.querySelector('.pp-static');
    if (shown && theme) shown.setAttribute('data-pp-theme', theme);
    var welcome = document.querySelector('.pp-static-welcome');
    if (welcome && query.get('mode') === 'kiosk') welcome.classList.add('pp-kiosk-welcome');
  }
  // Loaded as a file after the page is read, when a policy refused the written-in copy.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenRead);
  else whenRead();
  // A browser reads its number data the first time a number format is made: about 60 ms on a
  // slow phone, in the app's first screen (its counts are written through Intl). Made here, in
  // the idle time while the app downloads, the app's own is then made at once.
  function warmNumbers() {
    try {
      var tag = (language || root.lang || 'en').split('-')[0];
      new Intl.NumberFormat([tag]).format(1);
      new Intl.PluralRules([tag]).select(1);
    } catch (error) {
      // A tag Intl refuses: the app falls back to English by itself.
    }
  }
  if (window.requestIdleCallback) requestIdleCallback(warmNumbers, { timeout: 500 });
  else setTimeout(warmNumbers, 0);
  // A language chosen before the app is ready is kept in the address (no reload, no change of
  // context): the app reads it when it takes over, and shows the survey in it.
  document.addEventListener('change', function (event) {
    if (event.target.tagName !== 'SELECT' || !event.target.closest('.pp-static')) return;
    query.set('lang', event.target.value);
    history.replaceState(null, '', '?' + query.toString() + location.hash);
  });
  // A Start pressed early is kept: the app starts the survey as soon as it takes over.
  document.addEventListener('click', function (event) {
    var start = event.target.closest && event.target.closest('.pp-static .pp-primary');
    if (!start) return;
    root.classList.add('pp-start-early');
    start.textContent = 'Starting…';
    var status = document.querySelector('.pp-static-welcome [role=status]');
    if (status) status.textContent = 'Starting as soon as the survey is ready…';
  });
})();
