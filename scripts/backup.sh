#!/usr/bin/env bash
# Backs up Hirfa's database to one file (docs/operations.md, ADR 0056).
#
#   scripts/backup.sh postgres FILE   pg_dump custom format (-Fc) of the database libpq's variables name
#                                     (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE); only one
#                                     schema with HIRFA_PG_SCHEMA. Consistent while the nodes keep running.
#   scripts/backup.sh h2 FILE         H2's own SCRIPT (SQL, zip-compressed) of the embedded database in
#                                     HIRFA_DATA_DIR (default ./data). Stop Hirfa first: H2 locks its file.
#                                     The H2 tool comes from HIRFA_H2_JAR, or from the application jar
#                                     HIRFA_JAR (default: the newest target/hirfa*.jar).
#
# The file is checked after it is written (pg_restore --list / unzip -t): a backup that cannot be read fails here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=scripts/h2-tool.sh
source "$here/h2-tool.sh"

usage() { echo "usage: $0 postgres|h2 FILE" >&2; exit 2; }
[ $# -eq 2 ] || usage
kind="$1"; file="$2"

case "$kind" in
  postgres)
    schema_args=()
    [ -n "${HIRFA_PG_SCHEMA:-}" ] && schema_args=(--schema="$HIRFA_PG_SCHEMA")
    pg_dump --format=custom --no-owner --no-privileges "${schema_args[@]}" --file="$file.part"
    pg_restore --list "$file.part" >/dev/null
    mv "$file.part" "$file"
    ;;
  h2)
    url="$(h2_url)"
    [ -f "$(h2_file)" ] || { echo "No H2 database at $(h2_file)" >&2; exit 1; }
    h2_tool org.h2.tools.Script -url "$url" -user "${HIRFA_H2_USER:-sa}" -password "${HIRFA_H2_PASSWORD:-}" \
      -script "$file.part" -options compression zip
    unzip -tq "$file.part" >/dev/null
    mv "$file.part" "$file"
    ;;
  *) usage ;;
esac
echo "Backed up ($kind) to $file ($(du -h "$file" | cut -f1))"
