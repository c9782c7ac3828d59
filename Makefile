# Event Portal. A fresh machine needs two commands: `make serve` and `make test`.
# Each installs what is missing first (tools at pinned versions, cached outside the repo
# in $(CACHE), so a fresh clone on the same machine does not rebuild them).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CACHE ?= $(HOME)/.cache/event-portal
TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132.0.0
TERSER_VERSION := 5.51.4
# wasm-bindgen-cli must be exactly the wasm-bindgen of Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)

TRUNK_DIR := $(CACHE)/trunk-$(TRUNK_VERSION)
WASM_BINDGEN_DIR := $(CACHE)/wasm-bindgen-$(WASM_BINDGEN_VERSION)
BINARYEN_DIR := $(CACHE)/binaryen-$(BINARYEN_VERSION)
TRUNK := $(TRUNK_DIR)/bin/trunk
WASM_BINDGEN := $(WASM_BINDGEN_DIR)/bin/wasm-bindgen
WASM_OPT := $(BINARYEN_DIR)/node_modules/.bin/wasm-opt
TERSER_DIR := $(CACHE)/terser-$(TERSER_VERSION)
TERSER := $(TERSER_DIR)/node_modules/.bin/terser
AXE_CORE_VERSION := 4.14.1
AXE_CORE_DIR := $(CACHE)/axe-core-$(AXE_CORE_VERSION)
# The accessibility checker the browser tests inject into each page (tests/browser/accessibility.rs).
export AXE_CORE := $(AXE_CORE_DIR)/node_modules/axe-core/axe.min.js
# Lighthouse for `make bench`; 12.2.3 is the last that runs on Node 20.
LIGHTHOUSE_VERSION := 12.2.3
LIGHTHOUSE_DIR := $(CACHE)/lighthouse-$(LIGHTHOUSE_VERSION)
LIGHTHOUSE := $(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse
CARGO_FUZZ_VERSION := 0.13.2
CARGO_FUZZ_DIR := $(CACHE)/cargo-fuzz-$(CARGO_FUZZ_VERSION)
CARGO_FUZZ := $(CARGO_FUZZ_DIR)/bin/cargo-fuzz
export PATH := $(TRUNK_DIR)/bin:$(WASM_BINDGEN_DIR)/bin:$(BINARYEN_DIR)/node_modules/.bin:$(PATH)
# The wasm names its dependencies' sources (in panic locations) from the registry's
# folder, not from this machine's: 0.1 KB less brotli'd wasm, and the same bytes
# whoever builds it.
CARGO_HOME ?= $(HOME)/.cargo
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_HOME)/registry/src/=

# Debian packages the build and the tests need.
# librsvg2-bin draws the icons (scripts/icons.sh); nginx serves dist/ in the deploy test
# and for `make bench`, with the brotli module for precompressed files.
APT_PACKAGES := chromium chromium-driver brotli gzip pkg-config libssl-dev procps librsvg2-bin \
  nginx-light libnginx-mod-http-brotli-static
IS_ROOT := $(shell [ "$$(id -u)" = 0 ] && echo yes)

.PHONY: help serve test dist release checker renderer preview fuzz bench lighthouse size check lint native-test browser-test tools install-tools system rust-target clean

help:
	@echo "make serve   serve the portal with the sample event at http://127.0.0.1:8080 (rebuilds on change)"
	@echo "make test    formatting, clippy (native and wasm32), native tests, browser tests, size budgets"
	@echo "make dist    release build into dist/, with .br and .gz copies"
	@echo "make release the organisers' archive: release/event-portal-VERSION.zip, .tar.gz, SHA256SUMS"
	@echo "make size    what a first visit to /agenda downloads, and the budgets"
	@echo "make bench   the agenda of a 2,000-session event in Chromium, and Lighthouse's scores"
	@echo "make lighthouse  Lighthouse (mobile) alone: medians of three runs of four pages"
	@echo "make fuzz    libFuzzer on the feed path for FUZZ_SECONDS (600); needs nightly Rust"
	@echo "make preview the release build at http://127.0.0.1:8081, with the organisers' /preview/"

## Installing what is missing ##############################################

# Debian packages: installed with apt when root; otherwise a clear message.
system:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
	  if [ "$(IS_ROOT)" = yes ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Please install these Debian packages, then run make again:"; \
	    echo "  sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

# RUSTUP_AUTO_INSTALL=0 here, so rust-toolchain.toml alone does not add the target.
rust-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt

# The build tools are compiled once, for this machine, not for shipping: without
# link-time optimisation (trunk's own profile asks for fat LTO with one codegen unit,
# which takes longer than compiling all its crates) and in many codegen units.
TOOL_PROFILE := CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  CARGO_PROFILE_RELEASE_INCREMENTAL=false

# Without its default features: those are the update check (it asks the Rust package
# registry at every run) and TLS for downloading tools and serving https, none of which
# the portal uses (Trunk.toml: offline, the tools installed here; `make serve` on http).
$(TRUNK):
	@echo "Installing trunk $(TRUNK_VERSION) into $(TRUNK_DIR) (once)"
	$(TOOL_PROFILE) cargo install --quiet --locked --no-default-features --root $(TRUNK_DIR).tmp \
	  trunk --version $(TRUNK_VERSION)
	rm -rf $(TRUNK_DIR) && mv $(TRUNK_DIR).tmp $(TRUNK_DIR)

# Not --locked: one of wasm-bindgen-cli's locked dependencies is missing from the Rust package registry.
$(WASM_BINDGEN):
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) into $(WASM_BINDGEN_DIR) (once)"
	$(TOOL_PROFILE) cargo install --quiet --root $(WASM_BINDGEN_DIR).tmp wasm-bindgen-cli \
	  --version $(WASM_BINDGEN_VERSION)
	rm -rf $(WASM_BINDGEN_DIR) && mv $(WASM_BINDGEN_DIR).tmp $(WASM_BINDGEN_DIR)

# wasm-opt from the npm registry; Trunk takes it from PATH when its version matches.
$(WASM_OPT):
	@echo "Installing binaryen $(BINARYEN_VERSION) (wasm-opt) into $(BINARYEN_DIR)"
	mkdir -p $(BINARYEN_DIR)
	cd $(BINARYEN_DIR) && npm install --silent --no-audit --no-fund --save-exact binaryen@$(BINARYEN_VERSION)

# terser minifies the wasm-bindgen JS glue, which Trunk leaves as it is.
$(TERSER):
	@echo "Installing terser $(TERSER_VERSION) into $(TERSER_DIR)"
	mkdir -p $(TERSER_DIR)
	cd $(TERSER_DIR) && npm install --silent --no-audit --no-fund --save-exact terser@$(TERSER_VERSION)

# axe-core checks every page for accessibility in the browser tests.
$(AXE_CORE):
	@echo "Installing axe-core $(AXE_CORE_VERSION) into $(AXE_CORE_DIR)"
	mkdir -p $(AXE_CORE_DIR)
	cd $(AXE_CORE_DIR) && npm install --silent --no-audit --no-fund --save-exact axe-core@$(AXE_CORE_VERSION)

$(LIGHTHOUSE):
	@echo "Installing lighthouse $(LIGHTHOUSE_VERSION) into $(LIGHTHOUSE_DIR)"
	mkdir -p $(LIGHTHOUSE_DIR)
	cd $(LIGHTHOUSE_DIR) && npm install --silent --no-audit --no-fund --save-exact lighthouse@$(LIGHTHOUSE_VERSION)

# Everything at once (make -j): the Debian packages, the two cargo installs and the npm
# packages do not wait for each other, and two compilations fill two cores better than
# one (each has long stretches on one core). Only the npm packages need Node first.
tools:
	@$(MAKE) --no-print-directory -j4 install-tools
	@grep -q 'wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || \
	  { echo "Trunk.toml [tools] wasm_bindgen must be $(WASM_BINDGEN_VERSION), the version in Cargo.lock"; exit 1; }

install-tools: system rust-target $(TRUNK) $(WASM_BINDGEN) $(WASM_OPT) $(TERSER) $(AXE_CORE)

$(WASM_OPT) $(TERSER) $(AXE_CORE) $(LIGHTHOUSE): | system
# rustup is not asked to change the toolchain while cargo compiles with it.
$(TRUNK) $(WASM_BINDGEN): | rust-target

## Building and serving #####################################################

serve: tools
	trunk serve --dist target/serve

# The address the portal is served at: / (the default) or a sub-path such as
# /events/2026/ (then `make dist PUBLIC_URL=/events/2026/`; see docs/DEPLOY.md).
PUBLIC_URL ?= /
# Where the build goes (the browser tests read dist/).
DIST_DIR ?= dist
PREVIEW_TMP := target/preview-$(subst /,-,$(DIST_DIR))

# Release build into a new dist/: nothing is kept from a build before (`cp -n` below
# would keep an old file beside a page naming the new one's hash), nor from Trunk's
# wasm-bindgen folder (a snippet the editor's build left there went into the visitors'
# page). Then the organisers' preview and editor, a second bundle (feature `preview`)
# that visitors never download: its page becomes preview/index.html and edit/index.html,
# its assets go beside the portal's. Then the icons, and finish-dist.py: loaders out of
# line for the Content-Security-Policy, first paint, manifest, 404.html for deep links,
# the service worker, and the publish-time renderer in edit/ (the editor's "Download the
# site" runs it in the browser; tools/render.mjs in Node). Then every text and wasm file
# gets .br and .gz copies for hosts that serve them as they are; not the files an
# organiser edits (event.json; the pages whose <base href> publishing moves to a
# sub-path), whose copies would go on answering with the old text. Then edit/files.txt,
# the build's files, which the editor fetches into the site's archive. Last, the sample's
# pages rendered from its feed.
dist: tools
	rm -rf $(DIST_DIR) $(PREVIEW_TMP) target/wasm-bindgen
	trunk build --release --public-url $(PUBLIC_URL) --dist $(DIST_DIR)
	scripts/minify-glue.sh $(DIST_DIR) $(TERSER)
	rm -rf target/wasm-bindgen
	trunk build preview/index.html --release --public-url $(PUBLIC_URL) --dist $(PREVIEW_TMP)
	scripts/minify-glue.sh $(PREVIEW_TMP) $(TERSER)
	mkdir -p $(DIST_DIR)/preview
	mv $(PREVIEW_TMP)/index.html $(DIST_DIR)/preview/index.html
	cp -R -n $(PREVIEW_TMP)/. $(DIST_DIR)/
	scripts/icons.sh public/icon.svg $(DIST_DIR)/icons
	scripts/finish-dist.py $(DIST_DIR) $(TERSER)
	mkdir -p $(DIST_DIR)/edit
	cp $(DIST_DIR)/preview/index.html $(DIST_DIR)/edit/index.html
	$(MAKE) --no-print-directory renderer
	cp $(RENDERER)/renderer.js $(RENDERER)/renderer_bg.wasm $(DIST_DIR)/edit/
	find $(DIST_DIR) -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.json' \
	  -o -name '*.wasm' -o -name '*.svg' -o -name '*.txt' -o -name '*.webmanifest' \) \
	  ! -path '$(DIST_DIR)/event.json' ! -path '$(DIST_DIR)/index.html' ! -path '$(DIST_DIR)/404.html' \
	  ! -path '$(DIST_DIR)/shell.html' ! -path '$(DIST_DIR)/preview/index.html' ! -path '$(DIST_DIR)/edit/index.html' -print0 | \
	  while IFS= read -r -d '' f; do gzip -9 -n -k -f "$$f"; brotli -q 11 -k -f "$$f"; done
	cd $(DIST_DIR) && find . -type f ! -name '*.br' ! -name '*.gz' ! -path ./event.json \
	  ! -path './documents/*' ! -path ./edit/files.txt -printf '%P\n' | LC_ALL=C sort > edit/files.txt
	node renderer/render.mjs $(DIST_DIR) $(PUBLIC_URL)

# The publish-time renderer (src/render.rs: the portal's own views, rendered on the
# server side) for Node and the browser: wasm and its glue in target/renderer-wasm/, which
# `make dist` copies to the site's edit/ (where renderer/render.mjs finds it). The
# sample's pages are rendered last in `make dist`, after the compressed copies: pages
# follow the feed, and a stale .br beside one would go on answering for it.
RENDERER := target/renderer-wasm
RENDERER_BUILT := target/wasm32-unknown-unknown/renderer/examples/renderer_wasm.wasm
renderer: tools
	cargo build --quiet --profile renderer --target wasm32-unknown-unknown --no-default-features --features render --example renderer-wasm
	$(MAKE) --no-print-directory $(RENDERER)/renderer_bg.wasm

# Its glue and the shrunk wasm, again only when cargo built anew.
$(RENDERER)/renderer_bg.wasm: $(RENDERER_BUILT)
	rm -rf $(RENDERER).tmp
	wasm-bindgen --target web --no-typescript --out-dir $(RENDERER).tmp --out-name renderer $(RENDERER_BUILT)
	wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
	  $(RENDERER).tmp/renderer_bg.wasm -o $(RENDERER).tmp/renderer_bg.wasm
	rm -rf $(RENDERER) && mv $(RENDERER).tmp $(RENDERER)

# `feedcheck check` for Node, with no Rust toolchain (checker/): the report's Rust code
# compiled to wasm, keeping only the checker's own exports (the library's wasm-bindgen
# descriptors would otherwise stay in), then shrunk by wasm-opt.
CHECKER := target/checker/feedcheck.wasm
checker: tools
	cargo build --quiet --release --target wasm32-unknown-unknown --example feedcheck-wasm
	mkdir -p $(dir $(CHECKER))
	scripts/wasm-keep-exports.py target/wasm32-unknown-unknown/release/examples/feedcheck_wasm.wasm \
	  $(CHECKER).tmp memory alloc check output_ptr output_len
	wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
	  $(CHECKER).tmp -o $(CHECKER)
	rm $(CHECKER).tmp

# The organisers' release: release/event-portal-VERSION.zip and .tar.gz (the build,
# the sample event, START-HERE.html, the checker and the hosts' settings) and
# release/SHA256SUMS; reproducible (scripts/release.py).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
release: dist checker renderer
	rm -rf release
	scripts/release.py $(DIST_DIR) $(CHECKER) release $(VERSION)

# The release build, with the organisers' preview, served as a static host would:
# http://127.0.0.1:8081/ and http://127.0.0.1:8081/preview/
preview: dist
	scripts/serve-dist.py 8081

# What a first visit downloads; fails past a budget (scripts/size.sh). Part of `make test`.
size: dist
	scripts/size.sh dist

## Checking #################################################################

# libFuzzer on everything the portal does with a feed (fuzz/fuzz_targets/feed.rs), from
# the fixtures and the sample, with a dictionary of the feed's words. Needs the nightly
# toolchain (cargo-fuzz's sanitizers); not part of `make test`. A crash is written to
# fuzz/artifacts/feed/ and replays with `cd fuzz && cargo +nightly fuzz run feed FILE`.
FUZZ_SECONDS ?= 600
$(CARGO_FUZZ):
	cargo install --quiet --locked --root $(CARGO_FUZZ_DIR) cargo-fuzz --version $(CARGO_FUZZ_VERSION)

fuzz: $(CARGO_FUZZ)
	@rustup toolchain list | grep -q '^nightly' || { echo "make fuzz needs Rust nightly: rustup toolchain install nightly"; exit 2; }
	mkdir -p fuzz/corpus/feed
	cd fuzz && PATH=$(CARGO_FUZZ_DIR)/bin:$$PATH cargo +nightly fuzz run feed corpus/feed \
	  ../tests/fixtures/good ../tests/fixtures/bad ../tests/fixtures/mistakes ../public \
	  -- -dict=feed.dict -max_len=65536 -max_total_time=$(FUZZ_SECONDS)

lint: tools
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --no-default-features --features csr -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --no-default-features --features render -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown --features preview -- -D warnings

# Every test runs, with no list to keep: each file in tests/ is a native test crate,
# and tests/browser/ is the one crate that drives the browser, a module per area (its
# test every_file_here_is_a_module fails when a file there is not declared).
NATIVE_TESTS := $(basename $(notdir $(wildcard tests/*.rs)))

native-test: tools checker renderer
	cargo test --lib $(addprefix --test ,$(NATIVE_TESTS))
	# As the visitors' bundle reads feeds: without sentences, the same problems, paths and
	# positions (feature `sentences`).
	cargo test --no-default-features --lib --test feed

# A large generated event (2,000 sessions) read natively and shown in Chromium; prints
# the figures (docs/BENCHMARKS.md keeps them). The dev profile: the browser does the work.
# Then Lighthouse (mobile) on the sample event as nginx serves it (scripts/lighthouse.sh).
bench: dist $(LIGHTHOUSE)
	mkdir -p target/bench
	scripts/gen-large-feed.py > target/bench/event.json
	BENCH_FEED=target/bench/event.json cargo bench --profile dev --bench agenda
	cargo bench --profile dev --bench first_content
	# The same for the 2,000-session feed's agenda, its pages rendered as publishing does.
	rm -rf target/bench/site && cp -r dist target/bench/site
	cp target/bench/event.json target/bench/site/event.json
	rm -f target/bench/site/event.json.br target/bench/site/event.json.gz
	node renderer/render.mjs target/bench/site /
	BENCH_SITE=target/bench/site BENCH_PATHS=/agenda cargo bench --profile dev --bench first_content
	scripts/lighthouse.sh dist $(LIGHTHOUSE)

# Lighthouse alone (the last part of `make bench`).
lighthouse: dist $(LIGHTHOUSE)
	scripts/lighthouse.sh dist $(LIGHTHOUSE)

browser-test: dist checker
	cargo test --test browser

test: lint native-test browser-test size

clean:
	cargo clean
	rm -rf dist
