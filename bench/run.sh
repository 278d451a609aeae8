#!/usr/bin/env bash
# OcopConnect performance harness (issue 9). What it does, in order:
#   1. installs wrk (apt-get) and PostgreSQL (.ci/setup) when missing; publishes the portal and builds the data
#      generator and the form-load driver in Release;
#   2. starts a throwaway PostgreSQL cluster under /tmp (removed at the end, also on Ctrl-C);
#   3. generates 100k products (bench/OcopConnect.DataGen, binary COPY) and starts the published portal
#      with Benchmark:Enabled=true, which maps the raw-Npgsql baselines under /bench/baseline/…;
#   4. for every scenario measures the page and, right after, its baseline: wrk, 16 connections,
#      a warm-up, then requests/s and p50/p99 latency; the form post runs through OcopConnect.FormLoad;
#   5. reads the portal's peak RSS (VmHWM), repeats the broad search at 10k products (and 1M with
#      --with-1m), and writes bench/results/latest.md with the figures, the ratios and the targets.
# Usage: bench/run.sh [--duration SECONDS] [--quick] [--with-1m] [--out FILE]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

DURATION=10          # seconds measured per scenario and side
WARMUP=3             # seconds of load before each measurement (pools, PostgreSQL's buffers)
WARM_ALL=6           # seconds per page and baseline of the warm-up pass before any measurement (JIT tiers)
CONNECTIONS=16
THREADS=2            # wrk threads: one per core of the target machine
PRODUCTS=100000
SMALL=10000          # scale step below (0: skip)
LARGE=1000000        # scale step above, with --with-1m
WITH_LARGE=0
SEED=20250701
OUT=bench/results/latest.md
PASSWORD="bench organizer password 2026"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift ;;
    --quick) DURATION=4; WARMUP=2; WARM_ALL=2; SMALL=0 ;;
    --with-1m) WITH_LARGE=1 ;;
    --out) OUT=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

STARTED=$(date +%s)
WORK=$(mktemp -d /tmp/ocop-bench.XXXXXX)
chmod 755 "$WORK"
RESULTS="$WORK/results.tsv"   # scenario, side, rps, p50 ms, p99 ms, errors, app CPU ms/req, PostgreSQL CPU ms/req
NOTES="$WORK/notes.txt"
: > "$RESULTS"; : > "$NOTES"
APP_PID=""
PG_BIN=""
PG_DATA="$WORK/pg/data"
PG_PORT=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
note() { echo "$*" >> "$NOTES"; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port" >&2; exit 1
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

stop_postgres() {
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

cleanup() {
  stop_app
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ tools and builds

ensure_tools() {
  if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    if [ "$(id -u)" -ne 0 ]; then echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  fi
  bash .ci/setup >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

publish() {
  log "building Release (portal published, tools built)"
  dotnet restore OcopConnect.sln -v q >/dev/null
  dotnet publish src/OcopConnect.Web -c Release --no-restore -o "$WORK/app" -v q -nologo >/dev/null
  dotnet build bench/OcopConnect.DataGen -c Release --no-restore -o "$WORK/datagen" -v q -nologo >/dev/null
  dotnet build bench/OcopConnect.FormLoad -c Release --no-restore -o "$WORK/formload" -v q -nologo >/dev/null
}

# ------------------------------------------------------------------ PostgreSQL (recipes: "PostgreSQL without Docker")

start_postgres() {
  mkdir -p "$WORK/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  PG_PORT=$(free_port)
  # Defaults of a fresh server but for shared_buffers: 128MB would not hold the 1M-product tables.
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/server.log" -w start \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=512MB" >/dev/null
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
}

psql_in() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -v ON_ERROR_STOP=1 -Atq -c "$2"; }
connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$1;Maximum Pool Size=100"; }

# generate DATABASE PRODUCTS: a new database filled by the generator; prints its "Loaded in" line to the notes.
generate() {
  local db=$1 products=$2
  psql_in postgres "CREATE DATABASE $db"
  log "generating $products products into $db"
  local output
  output=$(dotnet "$WORK/datagen/OcopConnect.DataGen.dll" --connection "$(connection "$db")" --products "$products" \
    --mous $((products / 5)) --seed "$SEED" --organizer-password "$PASSWORD")
  echo "$output" > "$WORK/generate-$db.log"
  echo "$output" | grep -E '^Loaded in' | sed "s/^/generator $products products: /" >> "$NOTES"
  echo "$output" | grep -E '^  note:' | sed 's/^  note: /generator note: /' >> "$NOTES" || true
  echo "$output" | grep -E '^Loaded in' >&2
}

# ------------------------------------------------------------------ the portal

APP_PORT=""
start_app() {
  local db=$1
  APP_PORT=$(free_port)
  # From its own folder, as deployed: the content root (appsettings.json, hence Serilog's request log) is the working directory.
  (cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Production exec dotnet OcopConnect.Web.dll \
    --urls "http://127.0.0.1:$APP_PORT" \
    --ConnectionStrings:Default="$(connection "$db")" \
    --Database:Migrate=false --Demo:Enabled=false --Benchmark:Enabled=true \
    --RateLimits:AuthPerMinute=100000 --RateLimits:PostsPerMinute=0 --RateLimits:AnonymousGetsPerMinute=0 > "$WORK/app-$db.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/health/live"; then
      log "portal (pid $APP_PID) on port $APP_PORT, database $db"
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app-$db.log" >&2; echo "the portal did not start" >&2; exit 1; }
    sleep 0.5
  done
  echo "the portal did not answer /health/live within 60 s" >&2; exit 1
}

peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status"; }

# CPU time (clock ticks) used so far by the portal, and by the PostgreSQL server with all its processes.
# Per request, it is the figure least disturbed by other work on the machine: it counts what a request
# costs, not how long it waited for a core.
TICK=$(getconf CLK_TCK)
cpu_app() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
cpu_pg() {
  local master total pid
  master=$(head -n 1 "$PG_DATA/postmaster.pid")
  # The postmaster's own time plus that of its children that have exited (cutime, cstime: backends come
  # and go, e.g. after a cancelled query), plus the live children's time so far.
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat")
  for pid in $(pgrep -P "$master"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# ------------------------------------------------------------------ measuring

field() { sed -nE "s/(^|.* )$1=([0-9.]+).*/\2/p" <<<"$2"; }

# record SCENARIO SIDE RESULT-LINE [APP-TICKS PG-TICKS]: one row of results.tsv
record() {
  local line=$3 app_ms="" pg_ms=""
  if [ -n "${4:-}" ] && [ "$(field requests "$line")" != 0 ]; then
    app_ms=$(awk -v t="$4" -v n="$(field requests "$line")" -v hz="$TICK" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
    pg_ms=$(awk -v t="$5" -v n="$(field requests "$line")" -v hz="$TICK" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
  fi
  if [ "$(field requests "$line")" = 0 ]; then
    note "$1 ($2): no request completed within ${DURATION} s; not counted"
    printf '%s\t%s\t\t\t\t%s\n' "$1" "$2" "$(field errors "$line")" >> "$RESULTS"
    log "$1 $2: no request completed"
    return
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(field rps "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$(field errors "$line")" "$app_ms" "$pg_ms" >> "$RESULTS"
  log "$(printf '%-22s %-9s %8s req/s  p50 %8s ms  p99 %8s ms  errors %s  CPU/req app %s ms, PostgreSQL %s ms' "$1" "$2" "$(field rps "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$(field errors "$line")" "${app_ms:-?}" "${pg_ms:-?}")"
}

# wrk_measure SCENARIO SIDE URL [wrk options…]: warm up, then measure at $CONNECTIONS connections.
wrk_measure() {
  local scenario=$1 side=$2 url=$3
  shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s "$@" "$url" >/dev/null
  local line app0 pg0
  app0=$(cpu_app); pg0=$(cpu_pg)
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/wrk/report.lua "$@" "$url" | grep '^RESULT')
  record "$scenario" "$side" "$line" $(($(cpu_app) - app0)) $(($(cpu_pg) - pg0))
}

# Every scenario once before any is measured: .NET compiles hot methods again, optimised, only after
# some 30 calls and a quiet moment, and a page measured on first-tier code looks far slower than it is.
warm_all() {
  local scenario name page baseline mode base="http://127.0.0.1:$APP_PORT"
  log "warming every page and baseline for ${WARM_ALL} s each"
  for scenario in "$@"; do
    IFS='|' read -r name page baseline mode <<<"$scenario"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_ALL}s" --timeout 30s "${NO_CACHE[@]}" "$base$page" >/dev/null
    [ "$baseline" = "-" ] || wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_ALL}s" --timeout 30s "$base$baseline" >/dev/null
  done
  sleep 2
}

# How a page is asked:
#   uncached: with an Authorization header. CatalogueCache's policy keeps ASP.NET Core's default rules,
#             which neither look up nor store a request carrying one, so every request runs the page
#             (sign-in is by cookie; the header is otherwise ignored). Same URL, same SQL every time.
#   cached:   as an anonymous visitor: the warm-up stores the page, the measurement is all cache hits.
#   Baselines (/bench/baseline/…) are never cached: they replay the page's recorded SQL on raw Npgsql.
NO_CACHE=(-H "Authorization: Benchmark no-output-cache")

# run_scenario "NAME|PAGE PATH|BASELINE PATH or -|uncached or cached"
run_scenario() {
  local name page baseline mode
  IFS='|' read -r name page baseline mode <<<"$1"
  local base="http://127.0.0.1:$APP_PORT"
  if [ "$mode" = cached ]; then
    wrk_measure "$name" page "$base$page"
  else
    wrk_measure "$name" page "$base$page" "${NO_CACHE[@]}"
  fi
  if [ "$baseline" != "-" ]; then
    wrk_measure "$name" baseline "$base$baseline"
  fi
}

# ------------------------------------------------------------------ scenarios
# One line per scenario: name | page path | baseline path ("-": none) | uncached or cached.
SCENARIOS=()

catalogue_scenarios() {
  local slug
  # A listed product that has been exhibited, so every part of its page has rows.
  slug=$(psql_in "$1" "SELECT p.slug FROM products p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE p.is_published AND p.archived_at IS NULL AND e.is_active
      AND EXISTS (SELECT 1 FROM exhibited_products x WHERE x.product_id = p.id)
      AND EXISTS (SELECT 1 FROM ocop_certificates c WHERE c.product_id = p.id AND c.expires_on > current_date)
    ORDER BY p.id LIMIT 1")
  SCENARIOS+=(
    "search-broad|/products?q=nuoc+mam|/bench/baseline/products?q=nuoc+mam|uncached"
    "search-narrow|/products?q=gao+st25+soc+trang|/bench/baseline/products?q=gao+st25+soc+trang|uncached"
    "search-filters|/products?q=nuoc+mam&province=91&stars=3&group=1|/bench/baseline/products?q=nuoc+mam&province=91&stars=3&group=1|uncached"
    "search-broad-cached|/products?q=nuoc+mam|-|cached"
    "search-narrow-cached|/products?q=gao+st25+soc+trang|-|cached"
    "search-filters-cached|/products?q=nuoc+mam&province=91&stars=3&group=1|-|cached"
    "product-page|/products/$slug|/bench/baseline/products/$slug|uncached"
    "province-page|/provinces/86|/bench/baseline/provinces/86|uncached"
  )
}

# Exports of the whole product list (/manage/products.csv|.xlsx, 100k products, organizer): single large
# responses, so each is timed alone, one request at a time (curl's total time, median of EXPORT_ROUNDS),
# alternating with its baseline (the same SQL on raw Npgsql, rows written as bare CSV). Memory: the portal's
# peak RSS is reset before each export (/proc/PID/clear_refs, as root) and read after it, so the rise is
# what that export added; an export that held its rows in memory would show here.
EXPORT_ROUNDS=3
EXPORTS="$WORK/exports.tsv"

export_once() { # URL COOKIE -> "seconds bytes rise-MB"
  local before after out
  before=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
  echo 5 > "/proc/$APP_PID/clear_refs" 2>/dev/null || true
  out=$(curl -fs -o /dev/null -H "Cookie: $2" -w '%{time_total} %{size_download}' "$1")
  after=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
  echo "$out $(( (after - before) / 1024 ))"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

export_scenarios() {
  local cookie format kind url base="http://127.0.0.1:$APP_PORT" line
  cookie=$(organizer_cookie)
  if [ -z "$cookie" ]; then
    note "exports: the benchmark organizer could not sign in; export scenarios skipped"
    return
  fi
  : > "$EXPORTS"
  for format in csv xlsx; do
    log "export of every product as .$format: warming up (the first baseline call records the page's SQL)"
    export_once "$base/manage/products.$format" "$cookie" >/dev/null
    export_once "$base/bench/baseline/manage/products.$format" "$cookie" >/dev/null
    for _ in $(seq 1 "$EXPORT_ROUNDS"); do
      for kind in page baseline; do
        url="$base/manage/products.$format"
        [ "$kind" = baseline ] && url="$base/bench/baseline/manage/products.$format"
        line=$(export_once "$url" "$cookie")
        printf 'export-%s\t%s\t%s\n' "$format" "$kind" "${line// /$'\t'}" >> "$EXPORTS"
        log "export .$format $kind: $line (seconds, bytes, peak RSS rise MB)"
      done
    done
  done
  [ -w "/proc/$APP_PID/clear_refs" ] || note "exports: peak RSS could not be reset (not root); the memory rise is measured from the process's lifetime peak"
}

# The cookie header of the benchmark organizer signed in through the real form (for private pages).
organizer_cookie() {
  local jar="$WORK/cookies.txt" token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" "http://127.0.0.1:$APP_PORT/account/login" | sed -nE 's/.*name="__RequestVerificationToken"[^>]*value="([^"]+)".*/\1/p' | head -n 1)
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Email=bench.organizer@example.org" \
    --data-urlencode "Input.Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$APP_PORT/account/login"
  awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar"
}

# Delegation draft save (POST with antiforgery and the page's version), signed in as the organizer.
form_post_scenario() {
  local ids line
  # Drafts of conferences taking registrations today (Vietnam date), one per worker where possible.
  ids=$(psql_in "$1" "SELECT string_agg(id::text, ',') FROM (
      SELECT d.id FROM delegations d JOIN conferences c ON c.id = d.conference_id
      WHERE c.status = 'OpenForRegistration' AND d.status IN ('Draft', 'Returned')
        AND (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN c.registration_opens_on AND c.registration_closes_on
      ORDER BY d.id LIMIT $CONNECTIONS) x")
  if [ -z "$ids" ]; then
    note "form post: no draft delegation of a conference open today; scenario skipped"
    return
  fi
  [ "$(tr ',' '\n' <<<"$ids" | wc -l)" -lt "$CONNECTIONS" ] && note "form post: fewer drafts than connections; some workers share a delegation (their conflicts are counted, not timed)"
  local app0 pg0
  app0=$(cpu_app); pg0=$(cpu_pg)
  line=$(dotnet "$WORK/formload/OcopConnect.FormLoad.dll" --url "http://127.0.0.1:$APP_PORT" --email bench.organizer@example.org \
    --password "$PASSWORD" --delegations "$ids" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" | grep '^RESULT' || true)
  if [ -z "$line" ]; then
    note "form post: the load driver failed (see its output above); scenario skipped"
    return
  fi
  record delegation-save page "$line" $(($(cpu_app) - app0)) $(($(cpu_pg) - pg0))
  note "form post (delegation-save): POST only is timed (the GET that fetches each fresh version and token is not, but its CPU is in the per-save CPU figures, as is the warm-up's); no baseline (a replayed write is not the same work); conflicts between workers sharing a delegation: $(field non2xx "$line")"
}

# Search latency as the catalogue grows: the broad search, page and baseline, one connection (one visitor,
# no queueing: at 1M products a search takes over a second of PostgreSQL time, and 16 at once on 2 cores
# finish none within the measured seconds).
scale_measure() {
  local products=$1
  local CONNECTIONS=1 THREADS=1 DURATION=$((DURATION * 2))
  run_scenario "search-broad@$products|/products?q=nuoc+mam|/bench/baseline/products?q=nuoc+mam|uncached"
}

scale_step() {
  local products=$1 db
  db=ocop_$((products / 1000))k
  generate "$db" "$products"
  start_app "$db"
  warm_all "search-broad|/products?q=nuoc+mam|/bench/baseline/products?q=nuoc+mam|uncached"
  scale_measure "$products"
  echo "$products" "$(peak_rss_mb)" >> "$WORK/rss.txt"
  stop_app
  psql_in postgres "DROP DATABASE $db"
}
# ------------------------------------------------------------------ run

ensure_tools
publish
start_postgres
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

MAIN_DB=ocop_$((PRODUCTS / 1000))k
generate "$MAIN_DB" "$PRODUCTS"
start_app "$MAIN_DB"
catalogue_scenarios "$MAIN_DB"
export_scenarios "$MAIN_DB"
warm_all "${SCENARIOS[@]}"
for scenario in "${SCENARIOS[@]}"; do run_scenario "$scenario"; done
form_post_scenario "$MAIN_DB"
scale_measure "$PRODUCTS"
echo "$PRODUCTS" "$(peak_rss_mb)" >> "$WORK/rss.txt"
stop_app

[ "$SMALL" -gt 0 ] && scale_step "$SMALL"
if [ "$WITH_LARGE" -eq 1 ]; then
  large_started=$(date +%s)
  scale_step "$LARGE"
  note "1M step (generate, start, measure): $(( $(date +%s) - large_started )) s"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------ report

export_stat() { awk -F'\t' -v s="$1" -v side="$2" -v col="$3" '$1 == s && $2 == side {print $col}' "$EXPORTS"; }
value() { awk -F'\t' -v s="$1" -v side="$2" -v col="$3" '$1 == s && $2 == side {print $col}' "$RESULTS"; }
cpu_total() { awk -F'\t' -v s="$1" -v side="$2" '$1 == s && $2 == side && $7 != "" {printf "%.2f", $7 + $8}' "$RESULTS"; }
cpu_text() { awk -F'\t' -v s="$1" -v side="$2" '$1 == s && $2 == side && $7 != "" {printf "%.1f (%.1f + %.1f)", $7 + $8, $7, $8}' "$RESULTS"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "–"; else printf "%.2f", a / b }'; }
check() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "–" || v == "") { print "n/a"; exit }
  ok = (op == ">=" ? v + 0 >= t + 0 : v + 0 <= t + 0); print (ok ? "met" : "**missed**") }'; }

mkdir -p "$(dirname "$OUT")"
{
  echo "# OcopConnect benchmark — $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "Produced by \`bench/run.sh\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ', with uncommitted changes')). Machine: $(nproc) cores"
  echo "($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM,"
  echo "load average $LOAD_BEFORE before and $LOAD_AFTER after (other work on the machine makes absolute figures noisy;"
  echo "each page is measured right beside its baseline, so read the ratios first). wrk $THREADS threads, $CONNECTIONS connections,"
  echo "${WARMUP} s warm-up, ${DURATION} s measured per side. PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (shared_buffers 512MB, other settings default)."
  echo
  echo "## Pages beside their baselines (${PRODUCTS} products)"
  echo
  echo "Baseline: \`/bench/baseline/<path>\` replays the SQL the page runs (recorded from the page) on one raw Npgsql connection and writes it as bare HTML."
  echo
  echo "| scenario | page req/s | baseline req/s | ratio | page p50 ms | page p99 ms | baseline p50 ms | baseline p99 ms | p99 ratio | page CPU ms/req (app + PostgreSQL) | baseline CPU ms/req | CPU ratio (baseline/page) | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for s in $(cut -f1 "$RESULTS" | grep -v '@' | awk '!seen[$0]++'); do
    prps=$(value "$s" page 3); brps=$(value "$s" baseline 3)
    pcpu=$(cpu_total "$s" page); bcpu=$(cpu_total "$s" baseline)
    echo "| $s | ${prps:-–} | ${brps:-–} | $(ratio "$prps" "$brps") | $(value "$s" page 4) | $(value "$s" page 5) | $(value "$s" baseline 4) | $(value "$s" baseline 5) | $(ratio "$(value "$s" page 5)" "$(value "$s" baseline 5)") | $(cpu_text "$s" page) | $(cpu_text "$s" baseline) | $(ratio "$bcpu" "$pcpu") | $(value "$s" page 6)$( [ -n "$brps" ] && echo " / $(value "$s" baseline 6)") |"
  done
  echo
  echo "Ratio = page ÷ baseline requests/s at $CONNECTIONS connections; CPU ratio = baseline ÷ page CPU time per request (the share of"
  echo "the page's cost that the raw SQL alone would cost; 1.0 means the page adds nothing), which moves far less with other load on the machine."
  echo "Cached rows are output-cache hits; their ratio to the uncached page is under Targets."
  echo
  echo "## Search as the catalogue grows (broad search \"nuoc mam\", uncached, one connection)"
  echo
  echo "| products | page p50 ms | page p99 ms | baseline p50 ms | page CPU ms/req (app + PostgreSQL) | baseline CPU ms/req |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for n in $SMALL $PRODUCTS $( [ "$WITH_LARGE" -eq 1 ] && echo "$LARGE"); do
    [ "$n" -gt 0 ] || continue
    s="search-broad@$n"
    echo "| $n | $(value "$s" page 4) | $(value "$s" page 5) | $(value "$s" baseline 4) | $(cpu_text "$s" page) | $(cpu_text "$s" baseline) |"
  done
  echo
  echo "## Peak memory of the portal (VmHWM)"
  echo
  while read -r n mb; do echo "- ${n} products: ${mb} MB"; done < "$WORK/rss.txt"
  echo
  if [ -s "$EXPORTS" ]; then
    echo "## Exports of every product ($PRODUCTS products, organizer, one request at a time)"
    echo
    echo "Median of $EXPORT_ROUNDS downloads each, page and baseline alternating; the baseline runs the export's SQL on raw Npgsql and writes bare CSV."
    echo
    echo "| export | page s | baseline s | page ÷ baseline | page MB | peak memory rise, page MB (max) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for f in csv xlsx; do
      pt=$(export_stat "export-$f" page 3 | median); bt=$(export_stat "export-$f" baseline 3 | median)
      mb=$(export_stat "export-$f" page 4 | median | awk '{printf "%.1f", $1 / 1048576}')
      rise=$(export_stat "export-$f" page 5 | sort -n | tail -n 1)
      echo "| .$f | $pt | $bt | $(ratio "$pt" "$bt") | $mb | $rise |"
    done
    echo
  fi
  echo "## Targets"
  echo
  s_rps=$(ratio "$(value search-broad page 3)" "$(value search-broad baseline 3)")
  s_p99=$(ratio "$(value search-broad page 5)" "$(value search-broad baseline 5)")
  cache=$(ratio "$(value search-broad-cached page 3)" "$(value search-broad page 3)")
  prod=$(ratio "$(value product-page page 3)" "$(value product-page baseline 3)")
  growth=$( [ "$WITH_LARGE" -eq 1 ] && ratio "$(value "search-broad@$LARGE" page 4)" "$(value "search-broad@$PRODUCTS" page 4)" || echo "–")
  echo "| target | measured | |"
  echo "|---|---:|---|"
  s_cpu=$(ratio "$(cpu_total search-broad baseline)" "$(cpu_total search-broad page)")
  p_cpu=$(ratio "$(cpu_total product-page baseline)" "$(cpu_total product-page page)")
  echo "| catalogue search uncached ≥ 0.85× baseline req/s | $s_rps | $(check "$s_rps" '>=' 0.85) |"
  echo "| … the same read from CPU per request (baseline ÷ page) | $s_cpu | $(check "$s_cpu" '>=' 0.85) |"
  echo "| … p99 ≤ 1.3× baseline p99 | $s_p99 | $(check "$s_p99" '<=' 1.3) |"
  echo "| … p99 < 250 ms at $CONNECTIONS connections, ${PRODUCTS} products | $(value search-broad page 5) ms | $(check "$(value search-broad page 5)" '<=' 250) |"
  echo "| cache hits ≥ 20× uncached req/s | $cache | $(check "$cache" '>=' 20) |"
  echo "| product page ≥ 0.6× baseline req/s | $prod | $(check "$prod" '>=' 0.6) |"
  echo "| … the same read from CPU per request (baseline ÷ page) | $p_cpu | $(check "$p_cpu" '>=' 0.6) |"
  if [ -s "$EXPORTS" ]; then
    e_csv=$(ratio "$(export_stat export-csv page 3 | median)" "$(export_stat export-csv baseline 3 | median)")
    e_xlsx=$(ratio "$(export_stat export-xlsx page 3 | median)" "$(export_stat export-xlsx baseline 3 | median)")
    e_rise=$(cat <(export_stat export-csv page 5) <(export_stat export-xlsx page 5) | sort -n | tail -n 1)
    echo "| CSV export of every product ≤ 1.5× baseline time | $e_csv | $(check "$e_csv" '<=' 1.5) |"
    echo "| XLSX export ≤ 4× baseline time | $e_xlsx | $(check "$e_xlsx" '<=' 4) |"
    echo "| peak memory rise during either < 200 MB | $e_rise MB | $(check "$e_rise" '<=' 199) |"
  fi
  echo "| search p50 (one connection) grows < 3× from 100k to 1M | $growth | $( [ "$WITH_LARGE" -eq 1 ] && check "$growth" '<=' 3 || echo 'not run (--with-1m)') |"
  echo
  echo "## Notes"
  echo
  sed 's/^/- /' "$NOTES"
  echo "- whole run: $(( $(date +%s) - STARTED )) s"
} > "$OUT"
log "wrote $OUT"
