#!/usr/bin/env python3
"""The before/after table of bench/before-after.sh from its logs (WORKDIR/logs/KEY-BUILD-ROUND.time,
GNU time's "%e %U %S %M"): medians per command and build, also over the rounds done so far when a run
was stopped early.   bench/before-after-table.py WORKDIR/logs"""
import glob, os, re, statistics, sys
logs = sys.argv[1]
rows = {}
for f in sorted(glob.glob(os.path.join(logs, "*.time"))):
    m = re.match(r"(\w+)-(old|new)-(\d+)\.time", os.path.basename(f))
    if not m: continue
    text = open(f).read().strip()
    if not text: continue
    last = text.splitlines()[-1].split()
    wall, user, sys_, rss = float(last[0]), float(last[1]), float(last[2]), int(last[3])
    rows.setdefault((m[1], m[2]), []).append((int(m[3]), wall, user + sys_, rss / 1024))
def med(xs):
    xs = sorted(xs); return xs[(len(xs) - 1) // 2]
names = [("nocache", "`check --no-cache`"), ("warm", "warm `check` (unchanged tree, stored result)"), ("changed", "`check --changed-since HEAD~1` (20 files, warm)"),
         ("publish", "`publish --channel web` (full, signed)"), ("export", "`export`"), ("import", "`import` (its own exported workbook, no edit)"),
         ("reportjson", "`report --format json`, strict policy (every figure missed)"), ("reporthtml", "`report --format html`, strict policy")]
print("| work | runs | old: wall / CPU / RSS | new: wall / CPU / RSS | CPU new ÷ old | CPU each run, old → new |")
print("|---|---|---|---|---|---|")
for key, label in names:
    o, n = rows.get((key, "old"), []), rows.get((key, "new"), [])
    if not o or not n: print(f"| {label} | 0 | not measured | | | |"); continue
    cell = lambda r: f"{med([x[1] for x in r]):.2f} s / {med([x[2] for x in r]):.2f} s / {med([x[3] for x in r]):.0f} MB"
    ratio = med([x[2] for x in n]) / med([x[2] for x in o])
    each = ", ".join(f"{a[2]:.2f} → {b[2]:.2f}" for a, b in zip(sorted(o), sorted(n)))
    print(f"| {label} | {min(len(o), len(n))} | {cell(o)} | {cell(n)} | {ratio:.2f} | {each} |")
