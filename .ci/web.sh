#!/usr/bin/env bash
# Makes Debian's Chromium available for the browser tests (tests/web), which drive it
# with Playwright's Python package (installed into .venv by the `web` extra of pyproject;
# never `playwright install`: the browser comes from Debian). Safe to run twice.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then _web_sudo=""; else _web_sudo="sudo"; fi
  echo "installing chromium from Debian packages" >&2
  $_web_sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $_web_sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
command -v chromium >/dev/null 2>&1 || { echo "chromium missing" >&2; false; }
