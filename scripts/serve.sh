#!/usr/bin/env bash
# Installs what is missing, builds the quiz and serves it on http://127.0.0.1:8080
# (rebuilding on change). Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "Serving the quiz on http://127.0.0.1:8080"
exec trunk serve --release "$@"
