// CatalogTools web channel: elderly mode (适老化) and client-side search. No external assets;
// results are built with textContent, never innerHTML, so catalog text stays text.
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

  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!form || !input || !list) return;
  var data = window.CATALOG_SEARCH || [];
  function search() {
    var q = input.value.trim();
    while (list.firstChild) list.removeChild(list.firstChild);
    if (q.length === 0) { status.textContent = ''; return; }
    var found = 0;
    for (var i = 0; i < data.length; i++) {
      var r = data[i];
      if (r[1].indexOf(q) < 0 && r[0].indexOf(q) < 0 && r[2].indexOf(q) < 0 && r[3].indexOf(q) < 0) continue;
      found++;
      if (found > 100) continue;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = 'guides/' + encodeURIComponent(r[0]) + '.html';
      a.textContent = r[1];
      var meta = document.createElement('span');
      meta.className = 'count';
      meta.textContent = ' ' + r[2] + ' · ' + r[3];
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    }
    status.textContent = found === 0 ? '没有找到与“' + q + '”相关的事项' : '找到 ' + found + ' 项' + (found > 100 ? '（显示前 100 项）' : '');
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); search(); });
  input.addEventListener('input', search);
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); search(); }
})();
