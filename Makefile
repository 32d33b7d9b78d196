# Custody: `make run` opens the desktop app on demonstration data; `make test` runs every suite.
# Both install what a fresh Debian or Ubuntu machine lacks first.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Debian/Ubuntu packages: Tauri's build dependencies, then what the desktop tests and screenshots use.
BUILD_PACKAGES := build-essential pkg-config curl wget file libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev \
                  libxdo-dev libayatana-appindicator3-dev librsvg2-dev fonts-dejavu-core
RUN_PACKAGES   := xvfb xauth dbus-x11 at-spi2-core gstreamer1.0-plugins-base gstreamer1.0-plugins-good
TEST_PACKAGES  := webkit2gtk-driver imagemagick sqlite3 poppler-utils dmtx-utils chromium postgresql

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(HOME)/.cargo/bin
DEMO_DB := .demo/demo.db
APP := target/debug/custody-app
CLI := target/debug/custody
# The test build of the CLI: the only one that lets CUSTODY_NOW set the clock (feature
# test-clock), in a target directory of its own so target/debug/custody never honours it.
TEST_CLOCK_DIR := target/test-clock
CLI_TEST := $(TEST_CLOCK_DIR)/debug/custody

.PHONY: help run test setup system-packages node-packages ui app app-test cli cli-test-clock demo-db rust-tests \
        clock-check ui-tests e2e hub lint bindings bench bench-hub bench-national bench-ui clean

help:
	@echo "make run    build and open the desktop app on demonstration data"
	@echo "make test   run every test suite (Rust, UI, end to end) and the linters"
	@echo "make bench  generate the hospital dataset and its six-year twin, benchmark both side by side"
	@echo "make bench-ui  time the desktop app on that dataset (start, scan to verdict, lists)"
	@echo "make bench-hub  the hub's figures alone (make bench runs them too)"
	@echo "make bench-national  the hub at 50 and 200 sites, partitioned (docs/hub-national-scale.md)"

## Setup ---------------------------------------------------------------------------------------

system-packages:
	@missing=""; for p in $(BUILD_PACKAGES) $(RUN_PACKAGES) $(EXTRA_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if ! command -v node >/dev/null; then missing="$$missing nodejs npm"; fi; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

ui/node_modules/.package-lock.json: ui/package-lock.json
	cd ui && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

node-packages: ui/node_modules/.package-lock.json

setup: system-packages node-packages

## Build ---------------------------------------------------------------------------------------

ui: node-packages
	cd ui && npm run build

app: setup ui
	cargo build -p custody-app --features custom-protocol

# The desktop tests' build of the app: with the test camera (feature fake-camera), which films
# the symbols CUSTODY_FAKE_CAMERA names, since there is no camera under Xvfb. Only the app's own
# crate differs from `make app`'s build.
app-test: setup ui
	cargo build -p custody-app --features custom-protocol,fake-camera

cli:
	cargo build -p custody-cli

cli-test-clock:
	cargo build -p custody-cli --features test-clock --target-dir $(TEST_CLOCK_DIR)

# Demonstration data lives apart from real data, in .demo/, made on first use, and made again
# when its users cannot sign in (demo data from before passwords).
demo-db: cli
	@if [ ! -f $(DEMO_DB) ] || ! CUSTODY_PASSWORD=custody-demo $(CLI) --db $(DEMO_DB) --as admin stock --limit 1 >/dev/null 2>&1; then \
	  rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm; mkdir -p .demo && $(CLI) --db $(DEMO_DB) demo --scale small; \
	fi

## Run -----------------------------------------------------------------------------------------

run: app demo-db
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "No display found: opening Custody in a virtual display (Xvfb, 1280x800)."; \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(APP) --db $(DEMO_DB); \
	else \
	  $(APP) --db $(DEMO_DB); \
	fi

## Test ----------------------------------------------------------------------------------------

test: EXTRA_PACKAGES = $(TEST_PACKAGES)
test: setup lint rust-tests ui-tests e2e
	@echo "All suites passed."

lint: node-packages
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p custody-cli --all-targets --features test-clock -- -D warnings
	cargo clippy -p custody-app --all-targets --features fake-camera -- -D warnings
	cd ui && npm run typecheck && npm run lint

# The workspace without the test clock (custody-cli's end-to-end tests need it and are skipped
# there), beside a throwaway PostgreSQL cluster for the hub's tests (scripts/with-postgres.sh),
# then custody-cli with the test clock, in its own target directory, then the check that the
# everyday binary ignores CUSTODY_NOW.
rust-tests:
	scripts/with-postgres.sh cargo test --workspace
	cargo test -p custody-cli --features test-clock --target-dir $(TEST_CLOCK_DIR)
	$(MAKE) --no-print-directory clock-check

# target/debug/custody (what `make run` uses) must record the computer's clock and say that it
# ignored CUSTODY_NOW.
clock-check: cli
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	CUSTODY_NOW=2020-01-01T00:00:00Z CUSTODY_NEW_PASSWORD=clock-check-password $(CLI) --db "$$tmp/c.db" \
	  init --site-code CLK --site-name Clock --admin a --admin-name A 2>"$$tmp/err" >/dev/null \
	  || { echo "$(CLI) init failed:"; cat "$$tmp/err"; exit 1; }; \
	grep -q "CUSTODY_NOW is ignored" "$$tmp/err" || { echo "$(CLI) did not warn that it ignores CUSTODY_NOW"; cat "$$tmp/err"; exit 1; }; \
	created=$$(sqlite3 "$$tmp/c.db" "SELECT created_at FROM site"); \
	case "$$created" in 2020-*) echo "$(CLI) recorded the site at CUSTODY_NOW ($$created)"; exit 1;; esac; \
	echo "clock-check: $(CLI) ignores CUSTODY_NOW and says so."

# Component tests (Vitest), then the UI flows in Debian's Chromium against the backend double,
# then the hub's web page in Chromium against a real custody-hub beside a throwaway PostgreSQL.
ui-tests: node-packages
	cd ui && npm test
	cd ui && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm run flows
	cargo build -p custody-hub
	scripts/with-postgres.sh sh -c 'cd ui && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm run hub-page'

$(CARGO_BIN)/tauri-driver:
	cargo install tauri-driver --locked

# The real desktop app, driven through WebDriver (tauri-driver + WebKitWebDriver) under Xvfb.
# The tests call the CLI on a fixed clock (CUSTODY_NOW): the test-clock build, named by CUSTODY_CLI.
# sync.test.mjs runs a real hub (target/debug/custody-hub) on a database in a throwaway
# PostgreSQL cluster, so the whole run is beside one (scripts/with-postgres.sh).
e2e: app-test cli cli-test-clock hub $(CARGO_BIN)/tauri-driver
	CUSTODY_CLI=$(CLI_TEST) scripts/with-postgres.sh xvfb-run -a -s "-screen 0 1280x800x24" node --test --test-concurrency=1 tests/desktop/

hub:
	cargo build -p custody-hub

bindings:
	UPDATE_BINDINGS=1 cargo test -p custody-app --test bindings

## Benchmarks ----------------------------------------------------------------------------------

# The hospital and the same hospital with six years of history before it (about 17,000,000
# events, several GB), each made once; the same benchmarks on fresh copies of both (a run changes
# what it measures), then every figure side by side with its ratio six-year / hospital.
bench:
	cargo build --release -p custody-cli
	@mkdir -p .bench
	@if [ ! -f .bench/hospital.db ]; then target/release/custody --db .bench/hospital.db demo --scale hospital; fi
	@if [ ! -f .bench/six-years.db ]; then target/release/custody --db .bench/six-years.db demo --scale hospital --years 6; fi
	scripts/on-bench-copies.sh target/release/custody --db .bench/run/hospital.db bench --dir .bench --compare .bench/run/six-years.db
	cargo bench -p custody-gs1 --bench decode -- --quick
	$(MAKE) --no-print-directory bench-hub

# The hub's figures (push against COPY, a month's catch-up, recall reach, alarm latency, table
# sizes) on a throwaway PostgreSQL cluster; the release build, 20 sites x 100,000 events. Then,
# when make bench has made the hospital file, a copy of it scans while its ledger is pushed.
bench-hub:
	cargo build --release -p custody-hub-bench
	scripts/with-postgres.sh target/release/custody-hub-bench network
	@if [ -f .bench/hospital.db ]; then \
	  rm -f .bench/sync-site.db*; cp .bench/hospital.db .bench/sync-site.db; \
	  if [ -f .bench/hospital.db-wal ]; then cp .bench/hospital.db-wal .bench/sync-site.db-wal; fi; \
	  CUSTODY_PASSWORD=custody-demo scripts/with-postgres.sh target/release/custody-hub-bench \
	    scan-while-sync --site-db .bench/sync-site.db; status=$$?; rm -f .bench/sync-site.db*; exit $$status; \
	fi

# National scale on paper: a year of small-clinic events for 50 and 200 sites, by COPY into
# partitioned tables (LIST by site and RANGE by month), measured. Several GB on disk while it runs.
bench-national:
	cargo build --release -p custody-hub-bench
	scripts/with-postgres.sh target/release/custody-hub-bench national --sites 50,200

# The desktop app's own speed on the hospital dataset and on six years of its history (fresh
# copies of both, since its scans dispense): start, Home, scan to verdict, lists, a sort by another
# column.
# Under a session bus, as on a desktop: without one, GLib starts a private bus and the
# accessibility bus for each start of the app (about 0.3 s of its launch here), which no
# person's desktop does (docs/decisions/2026-12-02-history-independent-levels.md).
bench-ui: EXTRA_PACKAGES = webkit2gtk-driver sqlite3
bench-ui: setup $(CARGO_BIN)/tauri-driver
	cd ui && npm run build
	cargo build --release -p custody-cli
	cargo build --release -p custody-app --features custom-protocol
	@mkdir -p .bench
	@if [ ! -f .bench/hospital.db ]; then target/release/custody --db .bench/hospital.db demo --scale hospital; fi
	@if [ ! -f .bench/six-years.db ]; then target/release/custody --db .bench/six-years.db demo --scale hospital --years 6; fi
	CUSTODY_APP=target/release/custody-app scripts/on-bench-copies.sh xvfb-run -a -s "-screen 0 1280x800x24" \
	  dbus-run-session -- sh -c 'node tests/desktop/speed.mjs .bench/run/hospital.db && node tests/desktop/speed.mjs .bench/run/six-years.db'

clean:
	cargo clean
	rm -rf ui/node_modules ui/dist .demo .bench
