#!/usr/bin/env bash
# Install the briefing map into .venv and run it (http://127.0.0.1:8501 unless PORT is set).
# Map snapshots (PNG/PDF) also need Debian's chromium; the map itself does not.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for map snapshots…"
  { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium; } \
    || echo "warning: could not install chromium; the map works, PNG/PDF snapshots will not" >&2
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -r requirements.txt
.venv/bin/python tools/build_bundle.py  # the map's scripts in one file (fewer requests per load)
exec .venv/bin/streamlit run serve.py \
  --server.address "${ADDRESS:-127.0.0.1}" --server.port "${PORT:-8501}" \
  --server.headless true --browser.gatherUsageStats false
