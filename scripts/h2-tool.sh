# Shared by backup.sh and restore.sh: where the embedded H2 database lives (as application.properties says) and
# how to run H2's command-line tools from the jar Hirfa ships.

h2_base() { echo "${HIRFA_DATA_DIR:-./data}/hirfa"; }
h2_file() { echo "$(h2_base).mv.db"; }
h2_url() { echo "jdbc:h2:file:$(h2_base);MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; }

h2_tool() {
  local jar="${HIRFA_H2_JAR:-}"
  if [ -z "$jar" ]; then
    local app="${HIRFA_JAR:-}"
    if [ -z "$app" ]; then
      app="$(ls -t "$here"/../target/hirfa*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -n 1 || true)"
    fi
    [ -n "$app" ] && [ -f "$app" ] || { echo "Set HIRFA_H2_JAR or HIRFA_JAR (the application jar)" >&2; exit 1; }
    local tmp
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    unzip -q -j -o "$app" 'BOOT-INF/lib/h2-*.jar' -d "$tmp"
    jar="$(ls "$tmp"/h2-*.jar | head -n 1)"
  fi
  java -cp "$jar" "$@"
}
