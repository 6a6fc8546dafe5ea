#!/usr/bin/env bash
# Install everything the tests need (Debian's chromium, poppler-utils and PostgreSQL with
# PostGIS, Python packages into .venv) and run the whole test suite: unit, Streamlit AppTest
# and browser tests. The PostGIS tests start a throwaway cluster of their own.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k offline`.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 \
   || ! compgen -G "/usr/share/postgresql/*/extension/postgis.control" >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils postgresql-15-postgis-3
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -r requirements-dev.txt
.venv/bin/python tools/build_bundle.py
exec .venv/bin/python -m pytest "$@"
