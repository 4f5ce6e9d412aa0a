/*
 * Inline at the end of every page: loads the page's scripts once its text is on screen, in the order index.ts
 * listed them (and says why). Called with their URLs, from the script element's `data-scripts`.
 * - "Painted" is the browser's own paint timing entry, reported once the first frame is on screen. A task queued
 *   from a frame callback can run before that frame reaches the screen, so that is only the fallback, for browsers
 *   without paint timing.
 * - A page opened in a hidden tab paints nothing until it is shown, so it loads its scripts at once instead.
 * - `async = false`: inserted scripts run in the order they were inserted, as `defer` ones did; the bundle's
 *   runtime has to run before its main chunk.
 */
(function (scripts) {
  function load() {
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  if (document.visibilityState === 'hidden') load();
  else if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0)
    new PerformanceObserver(function (entries, observer) {
      observer.disconnect();
      load();
    }).observe({type: 'paint', buffered: true});
  else
    requestAnimationFrame(function () {
      setTimeout(load, 0);
    });
})
