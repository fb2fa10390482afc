#!/usr/bin/env bash
# Runs every test: formatting and lints, engine/deck/persistence tests on the host,
# the in-browser wasm-bindgen tests, then Playwright + axe against the release dist/
# served under a sub-path. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (host and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "cargo test (engine, deck, persistence)"
cargo test

step "wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web

step "trunk build --release"
trunk build --release
# A ratchet on the bytes a reader downloads before the first answer (page,
# JS, WASM, deck index, one chunk; README "Size and speed" has today's number):
# lower it as the performance work cuts; never raise it without saying why.
node scripts/sizes.mjs --max-first-answer 353000

step "Playwright + axe against dist/ under /quiz/"
npx playwright test -c tests/e2e
