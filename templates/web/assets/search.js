// CatalogTools search, the same file in web and kiosk (templates/*/assets/search.js). The index is split in
// script files under search/ (tools/CatalogTools.Publishing/Search/SearchIndex.cs): a query loads search/meta.js,
// the shards of its tokens (search/t/*.js) and the result rows it shows (search/d/*.js), nothing else.
// Tokens are made as SearchText.cs makes them: NFKC, lower case, runs of Chinese characters and of letters/digits;
// a Chinese run matches as a whole word or through all its two-character pairs; letters match pinyin initials,
// synonyms and codes. Results are built with textContent, never innerHTML, so catalog text stays text.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var more = document.getElementById('search-more');
  if (!form || !input || !list || !status) return;
  var root = form.getAttribute('data-root') || '';
  var PAGE = 20;
  var parts = window.CATALOG_SEARCH_PART = window.CATALOG_SEARCH_PART || {};
  var loading = {};

  function load(key) {
    if (Object.prototype.hasOwnProperty.call(parts, key)) return Promise.resolve(parts[key]);
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'search/' + key + '.js';
        s.onload = function () { resolve(parts[key] || {}); };
        s.onerror = function () { delete loading[key]; reject(new Error('search/' + key + '.js')); };
        document.head.appendChild(s);
      });
    }
    return loading[key];
  }

  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  // Codes front-coded by SearchIndex.Encode: a base-36 digit (characters shared with the previous code) and the rest.
  function decode(text) {
    var out = [];
    if (!text) return out;
    var previous = '';
    text.split(' ').forEach(function (entry) {
      var code = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
      out.push(code);
      previous = code;
    });
    return out;
  }

  /** The query as units that must all match: {whole, pairs}; null when nothing is long enough to look up. */
  function units(query) {
    var text = query.normalize('NFKC').toLowerCase().trim();
    if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(text)) return [{ whole: text, pairs: [] }];
    var found = [];
    var runs = text.match(/[\u4e00-\u9fff]+|[a-z0-9]+/g) || [];
    runs.forEach(function (run) {
      if (run.length < 2) return;
      var pairs = [];
      if (/[\u4e00-\u9fff]/.test(run)) for (var i = 0; i + 1 < run.length; i++) pairs.push(run.substr(i, 2));
      found.push({ whole: run, pairs: pairs });
    });
    return found.length ? found : null;
  }

  function tokenLists(token, meta) {
    return load('t/' + (hash(token) & (meta.shards - 1)).toString(16)).then(function (shard) {
      var entry = Object.prototype.hasOwnProperty.call(shard, token) ? shard[token] : null;
      return { name: decode(entry && entry[0]), body: decode(entry && entry[1]) };
    });
  }

  function toSet(codes) { var s = Object.create(null); codes.forEach(function (c) { s[c] = true; }); return s; }

  function intersect(sets) {
    if (sets.length === 0) return Object.create(null);
    var out = Object.create(null);
    Object.keys(sets[0]).forEach(function (c) { if (sets.every(function (s) { return s[c]; })) out[c] = true; });
    return out;
  }

  function union(a, b) { var out = Object.create(null); Object.keys(a).forEach(function (c) { out[c] = true; }); Object.keys(b).forEach(function (c) { out[c] = true; }); return out; }

  /** Codes that match every unit, best first: a unit matched in the name counts before one matched in region or agency. */
  function find(query) {
    var wanted = units(query);
    if (!wanted) return Promise.resolve(null);
    return load('meta').then(function (meta) {
      return Promise.all(wanted.map(function (unit) {
        return Promise.all([tokenLists(unit.whole, meta)].concat(unit.pairs.map(function (p) { return tokenLists(p, meta); })));
      })).then(function (perUnit) {
        var scored = perUnit.map(function (lists) {
          var whole = lists[0];
          var pairs = lists.slice(1);
          var wholeName = toSet(whole.name);
          var byPairs = pairs.length ? intersect(pairs.map(function (l) { return toSet(l.name.concat(l.body)); })) : Object.create(null);
          var pairsName = pairs.length ? intersect(pairs.map(function (l) { return toSet(l.name); })) : Object.create(null);
          return { all: union(union(wholeName, toSet(whole.body)), byPairs), name: union(wholeName, pairsName), exact: wholeName };
        });
        scored.sort(function (a, b) { return Object.keys(a.all).length - Object.keys(b.all).length; });
        var codes = Object.keys(intersect(scored.map(function (u) { return u.all; })));
        var score = {};
        codes.forEach(function (c) {
          score[c] = scored.reduce(function (s, u) { return s + (u.name[c] ? 2 : 0) + (u.exact[c] ? 1 : 0); }, 0);
        });
        codes.sort(function (a, b) { return score[b] - score[a] || (a < b ? -1 : a > b ? 1 : 0); });
        return { codes: codes, meta: meta };
      });
    });
  }

  function rows(codes, meta) {
    return Promise.all(codes.map(function (code) {
      return load('d/' + (hash(code) & (meta.buckets - 1)).toString(16)).then(function (bucket) { return [code, bucket[code]]; });
    }));
  }

  var current = 0;
  var shown = null;

  function showMore() {
    if (!shown) return Promise.resolve();
    var run = current;
    var next = shown.codes.slice(shown.at, shown.at + PAGE);
    return rows(next, shown.meta).then(function (found) {
      if (run !== current) return;
      found.forEach(function (pair) {
        var row = pair[1];
        if (!row) return;
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + 'guides/' + encodeURIComponent(pair[0]) + '.html';
        a.textContent = row[0];
        var meta = document.createElement('span');
        meta.className = 'count';
        meta.textContent = ' ' + row[1] + ' · ' + row[2] + ' · ' + row[3];
        li.appendChild(a);
        li.appendChild(meta);
        list.appendChild(li);
      });
      shown.at += next.length;
      if (more) more.hidden = shown.at >= shown.codes.length;
    });
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (more) more.hidden = true;
    shown = null;
  }

  function search() {
    var q = input.value;
    var run = ++current;
    if (q.trim().length === 0) { clear(); status.textContent = ''; return Promise.resolve(); }
    return find(q).then(function (result) {
      if (run !== current) return;
      clear();
      if (!result) { status.textContent = '请至少输入两个字，或两个拼音首字母（如 sb 查社保）'; return; }
      var total = result.codes.length;
      status.textContent = total === 0 ? '没有找到与“' + q.trim() + '”相关的事项' : '找到 ' + total + ' 项';
      shown = { codes: result.codes, meta: result.meta, at: 0 };
      return showMore();
    }, function (error) {
      if (run === current) status.textContent = '搜索数据加载失败（' + error.message + '），请稍后重试';
    });
  }

  var timer = 0;
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); search(); });
  // On-screen keyboards send input events, not key events: search as the text changes, after a short pause.
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 150); });
  if (more) more.addEventListener('click', function () { showMore(); });
  document.querySelectorAll('[data-search-word]').forEach(function (b) {
    b.addEventListener('click', function () { input.value = b.getAttribute('data-search-word'); search(); });
  });
  var clearButton = document.getElementById('search-clear');
  if (clearButton) clearButton.addEventListener('click', function () { input.value = ''; search(); input.focus(); });
  document.addEventListener('catalog:reset', function () { input.value = ''; search(); });
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); search(); }
})();
