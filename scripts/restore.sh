#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (docs/operations.md, ADR 0056). Stop every node first; start them
# again afterwards: Flyway then brings an older backup up to the running release.
#
#   scripts/restore.sh postgres FILE  pg_restore into the database libpq's variables name (PGHOST, PGPORT, PGUSER,
#                                     PGPASSWORD, PGDATABASE), which must exist; what the backup holds is dropped
#                                     first (--clean --if-exists), then recreated, in one transaction.
#   scripts/restore.sh h2 FILE        H2's RUNSCRIPT into a new embedded database in HIRFA_DATA_DIR (default
#                                     ./data). An existing database is moved aside (hirfa.mv.db.before-restore-*),
#                                     never overwritten.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=scripts/h2-tool.sh
source "$here/h2-tool.sh"

usage() { echo "usage: $0 postgres|h2 FILE" >&2; exit 2; }
[ $# -eq 2 ] || usage
kind="$1"; file="$2"
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 1; }

case "$kind" in
  postgres)
    pg_restore --list "$file" >/dev/null
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="${PGDATABASE:?set PGDATABASE}" "$file"
    ;;
  h2)
    unzip -tq "$file" >/dev/null
    db="$(h2_file)"
    mkdir -p "$(dirname "$db")"
    if [ -f "$db" ]; then
      aside="$db.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
      mv "$db" "$aside"
      echo "The existing database was moved to $aside"
    fi
    rm -f "${db%.mv.db}.trace.db"
    h2_tool org.h2.tools.RunScript -url "$(h2_url)" -user "${HIRFA_H2_USER:-sa}" -password "${HIRFA_H2_PASSWORD:-}" \
      -script "$file" -options compression zip
    ;;
  *) usage ;;
esac
echo "Restored ($kind) from $file"
