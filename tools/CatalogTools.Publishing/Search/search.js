// CatalogTools search for the web and kiosk home pages. One source (tools/CatalogTools.Publishing/Search/search.js),
// built into the tools and written by publish to assets/search.js of both channels, beside the index it reads
// (SearchIndex.cs): a query loads search/meta.js, the shards of its tokens (search/t/*.js, each token with its first
// chunk of postings), further chunks of very common tokens (search/p/*.js) only when a page of results needs them,
// and the result rows it shows (search/d/*.js), nothing else.
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
  // Rounds of further chunks (one more chunk of each unfinished token) one search or one 显示更多 may load to fill a
  // page: a word in every item gives a page from its first chunk; two common words may need a few to meet.
  var ROUNDS = 3;
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

  // Where a token's further chunks live: SearchIndex.ChunkPrefix (its UTF-16 code units in hex), then each chunk's key.
  function chunkPrefix(token) {
    var key = 'p/';
    for (var i = 0; i < token.length; i++) key += ('000' + token.charCodeAt(i).toString(16)).slice(-4);
    return key + '-';
  }

  /** A token's postings as loaded so far: names then region/agency hits, how many chunks, and the next chunk's key. */
  function posting(token, meta) {
    return load('t/' + (hash(token) & (meta.shards - 1)).toString(16)).then(function (shard) {
      var entry = Object.prototype.hasOwnProperty.call(shard, token) ? shard[token] : null;
      var p = { token: token, name: decode(entry && entry[0]), body: decode(entry && entry[1]), chunks: 1, loaded: 1, next: '' };
      if (entry && entry.length > 2) { p.total = entry[2] + entry[3]; p.chunks = entry[4]; p.next = entry[5] || ''; } else p.total = p.name.length + p.body.length;
      return p;
    });
  }

  function nextChunk(p) {
    if (p.loaded >= p.chunks || !p.next) return Promise.resolve();
    var key = p.next;
    return load(chunkPrefix(p.token) + key).then(function (chunk) {
      if (p.next !== key) return;
      p.name = p.name.concat(decode(chunk[0]));
      p.body = p.body.concat(decode(chunk[1]));
      p.next = chunk[2] || '';
      p.loaded += 1;
      if (!p.next) p.chunks = p.loaded;
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

  /** The query's units and the first chunk of each of its tokens; null when nothing is long enough to look up. */
  function find(text) {
    var wanted = units(text);
    if (!wanted) return Promise.resolve(null);
    return load('meta').then(function (meta) {
      var tokens = Object.create(null);
      wanted.forEach(function (u) { [u.whole].concat(u.pairs).forEach(function (t) { tokens[t] = true; }); });
      return Promise.all(Object.keys(tokens).map(function (t) { return posting(t, meta); })).then(function (loaded) {
        var postings = Object.create(null);
        loaded.forEach(function (p) { postings[p.token] = p; });
        return { text: text.trim(), units: wanted, postings: postings, meta: meta };
      });
    });
  }

  /**
   * Codes that match every unit in what is loaded, best first: a unit matched in the name counts before one matched in
   * region or agency. Loaded chunks are subsets of the postings, so every code found is a real match; `partial` says
   * more may come with further chunks. `total` is exact when nothing is partial, or when the query is one token.
   */
  function rank(q) {
    var scored = q.units.map(function (unit) {
      var whole = q.postings[unit.whole];
      var pairs = unit.pairs.map(function (t) { return q.postings[t]; });
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
    var tokens = Object.keys(q.postings);
    var partial = tokens.some(function (t) { return q.postings[t].loaded < q.postings[t].chunks; });
    var total = !partial ? codes.length : tokens.length === 1 ? q.postings[tokens[0]].total : null;
    return { codes: codes, partial: partial, total: total };
  }

  function rows(codes, meta) {
    return Promise.all(codes.map(function (code) {
      return load('d/' + (hash(code) & (meta.buckets - 1)).toString(16)).then(function (bucket) { return [code, bucket[code]]; });
    }));
  }

  var current = 0;
  var shown = null;

  /** Loads further chunks, at most `rounds` times, until a page beyond what is shown is known or nothing is left to load. */
  function extend(s, rounds) {
    if (s.codes.length - s.at >= PAGE || !s.partial || rounds === 0) return Promise.resolve();
    return Promise.all(Object.keys(s.q.postings).map(function (t) { return nextChunk(s.q.postings[t]); })).then(function () {
      var r = rank(s.q);
      // What is on screen stays; the rest follows in the new ranking.
      s.codes = s.codes.slice(0, s.at).concat(r.codes.filter(function (c) { return !s.seen[c]; }));
      s.partial = r.partial;
      s.total = r.total;
      return extend(s, rounds - 1);
    });
  }

  function report(s) {
    if (s.codes.length === 0 && !s.partial) status.textContent = '没有找到与“' + s.q.text + '”相关的事项';
    else if (s.total !== null) status.textContent = '找到 ' + s.total + ' 项';
    else if (s.codes.length === 0) status.textContent = '暂未找到与“' + s.q.text + '”相关的事项，点“显示更多”继续查找';
    else status.textContent = '已找到 ' + s.codes.length + ' 项，点“显示更多”继续查找';
    if (more) more.hidden = !(s.at < s.codes.length || s.partial);
  }

  function showMore() {
    var s = shown;
    if (!s) return Promise.resolve();
    var run = current;
    return extend(s, ROUNDS).then(function () {
      if (run !== current || shown !== s) return;
      var next = s.codes.slice(s.at, s.at + PAGE);
      return rows(next, s.q.meta).then(function (found) {
        if (run !== current || shown !== s) return;
        found.forEach(function (pair) {
          s.seen[pair[0]] = true;
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
        s.at += next.length;
        report(s);
      });
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
    return find(q).then(function (query) {
      if (run !== current) return;
      clear();
      if (!query) { status.textContent = '请至少输入两个字，或两个拼音首字母（如 sb 查社保）'; return; }
      var r = rank(query);
      shown = { q: query, codes: r.codes, partial: r.partial, total: r.total, at: 0, seen: Object.create(null) };
      return showMore();
    }).catch(function (error) {
      if (run === current) status.textContent = '搜索数据加载失败（' + error.message + '），请稍后重试';
    });
  }

  var timer = 0;
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); search(); });
  // On-screen keyboards send input events, not key events: search as the text changes, after a short pause.
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 150); });
  if (more) more.addEventListener('click', function () { showMore().catch(function (error) { status.textContent = '搜索数据加载失败（' + error.message + '），请稍后重试'; }); });
  document.querySelectorAll('[data-search-word]').forEach(function (b) {
    b.addEventListener('click', function () { input.value = b.getAttribute('data-search-word'); search(); });
  });
  var clearButton = document.getElementById('search-clear');
  if (clearButton) clearButton.addEventListener('click', function () { input.value = ''; search(); input.focus(); });
  document.addEventListener('catalog:reset', function () { input.value = ''; search(); });
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); search(); }
})();
