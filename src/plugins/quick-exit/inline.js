/*
 * Quick exit, inlined in the <head> of every page so that it works before (and without) the React bundle.
 * Plain ES5 with no dependencies; the build appends the call with this locale's settings and hashes the
 * result for the Content-Security-Policy. Order matters: hide, retitle, then location.replace(), and a failure
 * in the cosmetic steps never stops the navigation.
 */
(function (config) {
  var doc = document;
  // In memory only: the back-forward cache restores memory with the page, and the site stores nothing.
  var exited = false;
  var shiftCount = 0;
  var lastShiftAt = 0;
  var otherKeyWhileShift = false;

  function hide() {
    try {
      doc.documentElement.style.setProperty('visibility', 'hidden', 'important');
      doc.documentElement.style.setProperty('background', '#fff', 'important');
      doc.title = config.title;
    } catch (ignored) {
      /* cosmetic only */
    }
  }

  function exit() {
    exited = true;
    hide();
    window.location.replace(config.href);
    // If the neutral page cannot load (offline, blocked), a browser may keep this page, hidden but still at this
    // address (WebKit does): a blank page replaces it after a moment. A page that has left runs no more timers.
    setTimeout(function () {
      window.location.replace('about:blank');
    }, config.fallbackMs);
  }

  function announce(message) {
    var region = doc.getElementById('quick-exit-status');
    if (region) region.textContent = message;
  }

  doc.addEventListener(
    'click',
    function (event) {
      var target = event.target;
      var link = target && target.closest ? target.closest('a[data-quick-exit]') : null;
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      exit();
    },
    true,
  );

  // Shift pressed on its own three times: a Shift held for a capital letter does not count, any other key resets.
  doc.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Shift') {
        if (event.shiftKey) otherKeyWhileShift = true;
        if (shiftCount) announce('');
        shiftCount = 0;
        return;
      }
      if (!event.repeat) otherKeyWhileShift = false;
    },
    true,
  );

  doc.addEventListener(
    'keyup',
    function (event) {
      if (event.key !== 'Shift' || otherKeyWhileShift) return;
      var now = Date.now();
      shiftCount = now - lastShiftAt <= config.withinMs ? shiftCount + 1 : 1;
      lastShiftAt = now;
      if (shiftCount >= config.presses) {
        announce(config.leaving);
        exit();
        return;
      }
      announce(config.counting.replace('{count}', String(config.presses - shiftCount)));
    },
    true,
  );

  // Shown again from the back-forward cache after an exit: show nothing, leave again.
  window.addEventListener('pageshow', function (event) {
    if (exited && event.persisted) exit();
  });
})
