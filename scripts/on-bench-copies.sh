#!/usr/bin/env bash
# Runs a command on fresh copies of the generated benchmark files: .bench/hospital.db and
# .bench/six-years.db are copied to .bench/run/ (about 20 GB more disk while it runs), the
# command runs, and the copies are removed whatever it did; its exit status is this script's.
# Run it from the repository's root.
#
# A benchmark changes the file it measures (a shipment received, scans, a count, recalls and
# their holds), so a second run on the same file measures more stock than the first did, and the
# two files would no longer hold the same stock today. On copies, every run measures the files
# as they were made.
#
# The copy is made with O_DIRECT where the file system allows it, so it leaves the page cache as
# it was: what a run reads from disk on the generated file, it reads from disk on the copy.
#
#   scripts/on-bench-copies.sh target/release/custody --db .bench/run/hospital.db bench ...
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/on-bench-copies.sh COMMAND [ARGS...]" >&2
  exit 2
fi

# Only the copies are removed: what the command writes beside them (the desktop benchmark's
# tauri-driver.log) stays for reading afterwards.
run=.bench/run
copies() { rm -f "$run"/*.db "$run"/*.db-wal "$run"/*.db-shm; }
mkdir -p "$run"
copies
trap copies EXIT

for name in hospital six-years; do
  src=.bench/$name.db
  dst=$run/$name.db
  if ! dd if="$src" of="$dst" bs=16M iflag=direct oflag=direct status=none 2>/dev/null; then
    cp "$src" "$dst"
  fi
  if [ -s "$src-wal" ]; then cp "$src-wal" "$dst-wal"; fi
done

status=0
"$@" || status=$?
exit "$status"
