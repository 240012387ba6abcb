// CatalogTools kiosk channel: elderly mode, printing the material checklist, and the idle reset. Offline, no external assets.
(function () {
  'use strict';
  var root = document.documentElement;
  function setElderly(on) {
    root.classList.toggle('elderly', on);
    var b = document.getElementById('elderly-toggle');
    if (b) { b.setAttribute('aria-pressed', on ? 'true' : 'false'); b.textContent = on ? '标准模式' : '长辈模式（大字）'; }
  }
  var toggle = document.getElementById('elderly-toggle');
  if (toggle) toggle.addEventListener('click', function () { setElderly(!root.classList.contains('elderly')); });
  document.querySelectorAll('.print-button').forEach(function (b) { b.addEventListener('click', function () { window.print(); }); });

  // Idle reset: after data-idle-seconds (site.yaml kioskIdleSeconds, else 120) without a touch or key, the next
  // person finds the home screen: other pages go to index.html; the index clears its search and large text.
  var idle = parseInt(document.body.getAttribute('data-idle-seconds'), 10);
  if (!(idle > 0)) return;
  var home = (document.body.getAttribute('data-root') || '') + 'index.html';
  var timer = 0;
  function reset() {
    if (document.getElementById('main') && document.getElementById('main').getAttribute('data-page') === 'index') {
      setElderly(false);
      document.dispatchEvent(new CustomEvent('catalog:reset'));
      window.scrollTo(0, 0);
      arm();
    } else {
      location.href = home;
    }
  }
  function arm() { clearTimeout(timer); timer = setTimeout(reset, idle * 1000); }
  ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'].forEach(function (name) {
    document.addEventListener(name, arm, { passive: true, capture: true });
  });
  arm();
})();
