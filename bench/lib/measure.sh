# Shared by the bench/ scripts (source it): timing one command with GNU time and taking medians.

# bench_time LOG COMMAND... → prints "wall_s cpu_s peak_rss_mb exit" (CPU = user + system).
# The command's stdout and stderr go to LOG.out and LOG.err (stderr keeps CATALOG_TIMINGS phases).
bench_time() {
  local log="$1"; shift
  local figures="$log.time" code
  set +e
  /usr/bin/time -o "$figures" -f '%e %U %S %M' "$@" >"$log.out" 2>"$log.err"
  code=$?
  set -e
  # GNU time puts "Command exited with non-zero status N" before the figures when the command fails.
  tail -n 1 "$figures" | awk -v code="$code" '{ printf "%.2f %.2f %d %d\n", $1, $2 + $3, $4 / 1024, code }'
}

# bench_median NUMBER... → the median (the middle one of an odd count, the lower middle of an even one).
bench_median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# bench_load → the 1-minute load average now.
bench_load() { cut -d' ' -f1 /proc/loadavg; }
