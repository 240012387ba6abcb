// CatalogTools search for the web and kiosk home pages. One source (tools/CatalogTools.Publishing/Search/search.js),
// built into the tools and written by publish to assets/search.js of both channels, beside the index it reads
// (SearchIndex.cs): a query loads search/meta.js, the shards of its tokens (search/t/*.js, each token with its names
// and its region/agency hits, or the level of a layer cut into chunks), the chunks of long layers (search/p/*.js) only
// as far as a page of results needs them, and the result rows it shows (search/d/*.js), nothing else.
// Chunks are aligned: chunk C at level L of every token holds the codes whose hash starts with the L bits of C, so the
// query walks the items slice by slice (slice r at the finest level F among its layers) and intersects its words within
// each slice — the rarest word first, the others only where it has codes.
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
  // Chunk files one search or one 显示更多 may fetch to fill a page (and to learn whether another follows): two common
  // words meet in their first slice; words that rarely meet may need 显示更多 to go on looking.
  var BUDGET = 32;
  var parts = window.CATALOG_SEARCH_PART = window.CATALOG_SEARCH_PART || {};
  var loading = {};

  function load(key) {
    if (Object.prototype.hasOwnProperty.call(parts, key)) return Promise.resolve(parts[key]);
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'search/' + key + '.js';
        s.onload = function () { resolve(Object.prototype.hasOwnProperty.call(parts, key) ? parts[key] : {}); };
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

  var codeHash = Object.create(null);
  /** The slice of the items at level `level` that holds `code`: the top bits of its hash (SearchIndex.ChunkOf). */
  function sliceOf(code, level) {
    if (level === 0) return 0;
    var h = codeHash[code];
    if (h === undefined) h = codeHash[code] = hash(code);
    return h >>> (32 - level);
  }

  // Codes front-coded by SearchIndex.Encode: a base-36 digit (characters shared with the previous code) and the rest.
  function decode(text) {
    var out = [];
    if (typeof text !== 'string' || !text) return out;
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
      // A two-character run is its own only pair.
      if (run.length > 2 && /[\u4e00-\u9fff]/.test(run)) for (var i = 0; i + 1 < run.length; i++) pairs.push(run.substr(i, 2));
      found.push({ whole: run, pairs: pairs });
    });
    return found.length ? found : null;
  }

  // Where a token's chunks live: SearchIndex.ChunkPrefix (its UTF-16 code units in hex), then SearchIndex.ChunkKey's rest.
  function chunkPrefix(token) {
    var key = 'p/';
    for (var i = 0; i < token.length; i++) key += ('000' + token.charCodeAt(i).toString(16)).slice(-4);
    return key + '-';
  }

  /** One layer of a token from its shard entry: a front-coded string (all its codes) or the level it is cut at. */
  function layer(value, total) {
    if (typeof value === 'number') return { level: value, total: total, codes: null };
    var codes = decode(value);
    return { level: 0, total: codes.length, codes: codes };
  }

  /** A token's two layers: n (names) and b (region/agency hits). */
  function posting(token, meta) {
    return load('t/' + (hash(token) & (meta.shards - 1)).toString(16)).then(function (shard) {
      var entry = Object.prototype.hasOwnProperty.call(shard, token) ? shard[token] : [];
      return { token: token, n: layer(entry[0] || '', entry[2]), b: layer(entry[1] || '', entry[3]) };
    });
  }

  var sliced = Object.create(null);
  /** The codes of one layer of a token in slice r at level F (F ≥ the layer's level), loading its chunk when needed. */
  function codesIn(s, p, mark, F, r) {
    var l = p[mark];
    var key = l.level === 0 ? 't:' + p.token + ':' + mark : chunkPrefix(p.token) + mark + l.level + '-' + (r >>> (F - l.level)).toString(16);
    var got = l.level === 0 ? Promise.resolve(l.codes) : (function () {
      if (!Object.prototype.hasOwnProperty.call(parts, key) && !loading[key]) s.fetched += 1;
      return load(key).then(decode);
    })();
    return got.then(function (codes) {
      if (F === l.level) return codes;
      // A coarser chunk covers 2^(F-L) slices: split it once per level F.
      var byKey = key + '@' + F;
      var bySlice = sliced[byKey];
      if (!bySlice) {
        bySlice = sliced[byKey] = Object.create(null);
        codes.forEach(function (c) { var i = sliceOf(c, F); (bySlice[i] = bySlice[i] || []).push(c); });
      }
      return bySlice[r] || [];
    });
  }

  function toSet(codes) { var s = Object.create(null); codes.forEach(function (c) { s[c] = true; }); return s; }

  function size(set) { return Object.keys(set).length; }

  /** The codes of a token in slice r, in the layers asked, and which of them by name. */
  function tokenIn(s, token, marks, F, r) {
    var p = s.q.postings[token];
    return Promise.all(marks.map(function (m) { return codesIn(s, p, m, F, r); })).then(function (lists) {
      var all = Object.create(null);
      var name = Object.create(null);
      lists.forEach(function (codes, i) { codes.forEach(function (c) { all[c] = true; if (marks[i] === 'n') name[c] = true; }); });
      return { all: all, name: name };
    });
  }

  function total(p, marks) { return marks.reduce(function (n, m) { return n + (p[m].total || 0); }, 0); }

  /** At most how many items a unit can match in the layers asked: its whole word's, plus its rarest pair's. */
  function bound(q, unit, marks) {
    var pairs = unit.pairs.map(function (t) { return total(q.postings[t], marks); });
    return total(q.postings[unit.whole], marks) + (pairs.length ? Math.min.apply(null, pairs) : 0);
  }

  /**
   * The codes of a unit in slice r: those of its whole word, and those of all its pairs (rarest pair first, the next
   * only while some code is left); `name` those matched by name, `exact` those whose name holds the whole word.
   */
  function unitIn(s, unit, marks, F, r) {
    return tokenIn(s, unit.whole, marks, F, r).then(function (whole) {
      var all = Object.create(null), name = Object.create(null);
      Object.keys(whole.all).forEach(function (c) { all[c] = true; });
      Object.keys(whole.name).forEach(function (c) { name[c] = true; });
      var pairs = unit.pairs.slice().sort(function (a, b) { return total(s.q.postings[a], marks) - total(s.q.postings[b], marks); });
      var byPairs = null, byPairsName = null;
      function next(i) {
        if (i === pairs.length || (byPairs && size(byPairs) === 0)) return Promise.resolve();
        return tokenIn(s, pairs[i], marks, F, r).then(function (t) {
          if (!byPairs) { byPairs = t.all; byPairsName = t.name; } else {
            Object.keys(byPairs).forEach(function (c) { if (!t.all[c]) delete byPairs[c]; });
            Object.keys(byPairsName).forEach(function (c) { if (!t.name[c]) delete byPairsName[c]; });
          }
          return next(i + 1);
        });
      }
      return next(0).then(function () {
        if (byPairs) Object.keys(byPairs).forEach(function (c) { all[c] = true; });
        if (byPairsName) Object.keys(byPairsName).forEach(function (c) { name[c] = true; });
        return { all: all, name: name, exact: whole.name };
      });
    });
  }

  /** The query's units and the shard entries of each of its tokens; null when nothing is long enough to look up. */
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
   * The walk a query takes: first the items that match every unit by name (layers n), then the others (n and b), each
   * phase slice by slice at the finest level among its layers, the units in order of how many items they can match.
   * A phase that some unit cannot match at all is left out.
   */
  function phases(q) {
    var out = [];
    [['n'], ['n', 'b']].forEach(function (marks) {
      var order = q.units.map(function (u) { return { unit: u, bound: bound(q, u, marks) }; }).sort(function (a, b) { return a.bound - b.bound; });
      if (order[0].bound === 0) return;
      var F = 0;
      Object.keys(q.postings).forEach(function (t) { marks.forEach(function (m) { F = Math.max(F, q.postings[t][m].level); }); });
      out.push({ marks: marks, units: order.map(function (o) { return o.unit; }), level: F, names: marks.length === 1 });
    });
    return out;
  }

  /** The results of one slice of one phase, best first: a unit matched by name scores 2, its whole word in the name 1 more. */
  function slice(s, phase, r) {
    var found = [];
    function next(i, candidates) {
      if (i === phase.units.length) return Promise.resolve(candidates);
      return unitIn(s, phase.units[i], phase.marks, phase.level, r).then(function (u) {
        found.push(u);
        var kept = Object.create(null);
        Object.keys(candidates || u.all).forEach(function (c) { if (u.all[c]) kept[c] = true; });
        return size(kept) === 0 ? kept : next(i + 1, kept);
      });
    }
    return next(0, null).then(function (candidates) {
      var codes = Object.keys(candidates).filter(function (c) {
        // The second phase leaves out what the first showed: items whose every unit matched by name.
        return phase.names || !found.every(function (u) { return u.name[c]; });
      });
      var score = Object.create(null);
      codes.forEach(function (c) { score[c] = found.reduce(function (n, u) { return n + (u.name[c] ? 2 : 0) + (u.exact[c] ? 1 : 0); }, 0); });
      return codes.sort(function (a, b) { return score[b] - score[a] || (a < b ? -1 : a > b ? 1 : 0); });
    });
  }

  function rows(codes, meta) {
    return Promise.all(codes.map(function (code) {
      return load('d/' + (hash(code) & (meta.buckets - 1)).toString(16)).then(function (bucket) { return [code, bucket[code]]; });
    }));
  }

  var current = 0;
  var shown = null;

  /**
   * Walks further slices until more than a page beyond what is shown is known (so 显示更多 is offered only when there
   * is more), the walk ends, or this search's budget of chunk files is spent.
   */
  function extend(s) {
    if (s.codes.length - s.at > PAGE || s.done || s.fetched >= BUDGET) return Promise.resolve();
    var phase = s.phases[s.phase];
    return slice(s, phase, s.slice).then(function (codes) {
      Array.prototype.push.apply(s.codes, codes);
      s.slice += 1;
      if (s.slice === 1 << phase.level) { s.phase += 1; s.slice = 0; }
      s.done = s.phase === s.phases.length;
      return extend(s);
    });
  }

  /** How many items match when it is known: a one-token query from its totals, any query once its walk is done. */
  function known(s) {
    var tokens = Object.keys(s.q.postings);
    if (tokens.length === 1) return total(s.q.postings[tokens[0]], ['n', 'b']);
    return s.done ? s.codes.length : null;
  }

  function report(s) {
    var count = known(s);
    if (s.codes.length === 0 && s.done) status.textContent = '没有找到与“' + s.q.text + '”相关的事项';
    else if (count !== null) status.textContent = '找到 ' + count + ' 项';
    else if (s.codes.length === 0) status.textContent = '暂未找到与“' + s.q.text + '”相关的事项，点“显示更多”继续查找';
    else status.textContent = '已找到 ' + s.codes.length + ' 项，点“显示更多”继续查找';
    if (more) more.hidden = !(s.at < s.codes.length || (!s.done && (count === null || s.at < count)));
  }

  function showMore() {
    var s = shown;
    if (!s) return Promise.resolve();
    // One walk at a time: a second press while a page is loading waits for it.
    if (s.busy) return s.busy;
    var run = current;
    s.fetched = 0;
    s.busy = extend(s).then(function () {
      if (run !== current || shown !== s) return;
      var next = s.codes.slice(s.at, s.at + PAGE);
      return rows(next, s.q.meta).then(function (found) {
        if (run !== current || shown !== s) return;
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
        s.at += next.length;
        report(s);
      });
    });
    var done = function () { s.busy = null; };
    s.busy.then(done, done);
    return s.busy;
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
      var walk = phases(query);
      shown = { q: query, phases: walk, phase: 0, slice: 0, done: walk.length === 0, codes: [], at: 0, fetched: 0 };
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
