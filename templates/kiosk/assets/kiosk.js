// CatalogTools kiosk channel: elderly mode and printing the material checklist. Offline, no external assets.
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
})();
