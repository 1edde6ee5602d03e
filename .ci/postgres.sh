#!/usr/bin/env bash
# Makes PostgreSQL's server binaries available for the store tests, which start their own
# throwaway server (initdb + pg_ctl in a temporary directory, see tests/store/conftest.py).
# Installs Debian's `postgresql` package only if no initdb is found. Safe to source or run.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then _pg_sudo=""; else _pg_sudo="sudo"; fi
  echo "installing postgresql from Debian packages" >&2
  $_pg_sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $_pg_sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  unset _pg_sudo
fi
ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "postgresql binaries missing" >&2; false; }
