#!/bin/sh
# Measures `bijak retention run` on an SQLite database holding N expired unflagged posts (default 100000).
# Usage: scripts/bench_retention.sh [N]   (after `swift build -c release`; uses .build/release/bijak)
set -eu
N="${1:-100000}"
BIJAK="${BIJAK:-.build/release/bijak}"
DB="$(mktemp -d)/bench.sqlite"
export BIJAK_SQLITE_PATH="$DB"
"$BIJAK" retention run --dry-run > /dev/null          # creates the schema
# Posts the engine allowed, captured 400 days ago (past the 90-day default); Fluent's SQLite driver stores UUIDs as
# text and dates as seconds since 1970.
sqlite3 "$DB" <<SQL
CREATE TEMP VIEW u AS SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
  || '-A' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) AS v;
INSERT INTO social_accounts (id, platform, handle, kind, unit_id, created_at)
  VALUES ((SELECT v FROM u), 'x', 'bench', 'personal', (SELECT v FROM u), unixepoch());
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
INSERT INTO monitored_posts (id, account_id, unit_id, platform_post_id, action, text, captured_at, sha256, decision)
  SELECT (SELECT v FROM u WHERE i = i), (SELECT id FROM social_accounts), (SELECT id FROM social_accounts), 'p' || i, 'post',
         'Selamat pagi, semoga hari ini lancar ' || i, unixepoch() - 400 * 86400, 'x', 'allow' FROM n;
SQL
echo "posts before: $(sqlite3 "$DB" 'SELECT count(*) FROM monitored_posts')"
/usr/bin/time -f "retention run: %e s wall, %M KiB peak memory" "$BIJAK" retention run
echo "posts after: $(sqlite3 "$DB" 'SELECT count(*) FROM monitored_posts')"
rm -rf "$(dirname "$DB")"
