// CatalogTools web channel: elderly mode (适老化) and printing. No external assets; search is in search.js.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'catalog-elderly';
  function setElderly(on) {
    root.classList.toggle('elderly', on);
    var b = document.getElementById('elderly-toggle');
    if (b) { b.setAttribute('aria-pressed', on ? 'true' : 'false'); b.textContent = on ? '标准模式' : '长辈模式（大字）'; }
    try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* storage may be unavailable offline */ }
  }
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { stored = null; }
  if (stored === '1') setElderly(true);
  var toggle = document.getElementById('elderly-toggle');
  if (toggle) toggle.addEventListener('click', function () { setElderly(!root.classList.contains('elderly')); });

  document.querySelectorAll('.print-button').forEach(function (b) { b.addEventListener('click', function () { window.print(); }); });

  // Search is in search.js.
})();
