// Regenerates pinyin-initials.txt: the first letter of the most common reading (pinyin-pro's default) of every
// CJK Unified Ideograph U+4E00–U+9FFF, one character per code point in order, '_' where there is none.
// The table is derived from pinyin-pro (MIT licence, https://github.com/zh-lx/pinyin-pro), version pinned below.
// Run from the repository root:
//   npm install --prefix /tmp/pinyin-pro pinyin-pro@3.29.4
//   PINYIN_PRO=/tmp/pinyin-pro/node_modules/pinyin-pro node tools/CatalogTools.Publishing/Search/generate-pinyin-initials.cjs
'use strict';
const path = require('path');
const fs = require('fs');
const { pinyin } = require(process.env.PINYIN_PRO || 'pinyin-pro');

const first = 0x4e00, last = 0x9fff;
let table = '';
for (let cp = first; cp <= last; cp++) {
  const letter = pinyin(String.fromCodePoint(cp), { pattern: 'first', toneType: 'none', type: 'array' })[0] || '';
  table += /^[a-z]$/.test(letter) ? letter : '_';
}
fs.writeFileSync(path.join(__dirname, 'pinyin-initials.txt'), table + '\n');
console.log(`wrote ${table.length} initials (${(table.match(/_/g) || []).length} without a reading)`);
