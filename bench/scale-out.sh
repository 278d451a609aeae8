#!/usr/bin/env bash
# OcopConnect scale-out run (issue 11). What it does, in order:
#   1. installs wrk and nginx (Debian packages) when missing; publishes the portal and builds the data
#      generator in Release, once;
#   2. starts a throwaway PostgreSQL cluster under /tmp and fills it with generated data (20k products);
#   3. starts 1, then 2, then 4 portal instances on loopback ports behind nginx (round-robin upstream,
#      no sticky sessions, config generated into the work folder) and, for each count, measures the
#      catalogue through nginx with wrk: cached (anonymous visitors) and uncached (every request runs
#      the page); prints req/s and p50/p99;
#   4. failover: with every instance up, writers sign in through nginx and create enterprises one after
#      another, each logging the name it sent and the answer; one instance is killed (SIGKILL) mid-run;
#      it then counts the requests that failed and checks that every acknowledged write is in the database;
#   5. writes bench/results/scale-out.md.
# Usage: bench/scale-out.sh [--duration SECONDS] [--products N] [--quick] [--build DIR] [--out FILE]
#   --build DIR: publish into DIR and reuse what is there on the next run (skips the slow Release build).
# Runs as root (apt-get, the postgres account); no Docker. About 5 minutes on 2 cores.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

DURATION=10
WARMUP=4
CONNECTIONS=32
THREADS=2
PRODUCTS=20000
COUNTS=(1 2 4)
WRITERS=4
FAILOVER_SECONDS=20
KILL_AFTER=8         # seconds of writing (after the writers' first acknowledged write) before the kill
BUILD=
SEED=20250701
OUT=bench/results/scale-out.md
PASSWORD="bench organizer password 2026"
EMAIL=bench.organizer@example.org

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift ;;
    --products) PRODUCTS=$2; shift ;;
    --quick) DURATION=4; WARMUP=2; PRODUCTS=5000; FAILOVER_SECONDS=12; KILL_AFTER=5 ;;
    --build) BUILD=$2; shift ;;
    --out) OUT=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

STARTED=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/ocop-scale.XXXXXX)
chmod 755 "$WORK"
PG_BIN=""
PG_DATA="$WORK/pg/data"
PG_PORT=""
NGINX_PORT=""
declare -a APP_PIDS=() APP_PORTS=()
RESULTS="$WORK/results.tsv"   # instances, mode, rps, p50, p99, errors
: > "$RESULTS"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port" >&2; exit 1
}

stop_instance() {
  local pid=$1 signal=${2:-TERM}
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

stop_nginx() {
  if [ -f "$WORK/nginx/nginx.pid" ]; then
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit 2>/dev/null || true
    for _ in $(seq 1 50); do [ -f "$WORK/nginx/nginx.pid" ] || break; sleep 0.1; done
  fi
}

cleanup() {
  stop_nginx
  local pid
  for pid in "${APP_PIDS[@]}"; do stop_instance "$pid"; done
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ tools, builds, database

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then echo "missing: sudo apt-get install -y ${missing[*]}" >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  fi
  bash .ci/setup >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

publish() {
  local out=${BUILD:-$WORK}
  if [ -n "$BUILD" ] && [ -f "$BUILD/app/OcopConnect.Web.dll" ] && [ -f "$BUILD/datagen/OcopConnect.DataGen.dll" ]; then
    log "reusing the Release build in $BUILD"
  else
    log "building Release (portal published, data generator built)"
    dotnet restore OcopConnect.sln -v q >/dev/null
    dotnet publish src/OcopConnect.Web -c Release --no-restore -o "$out/app" -v q -nologo >/dev/null
    dotnet build bench/OcopConnect.DataGen -c Release --no-restore -o "$out/datagen" -v q -nologo >/dev/null
  fi
  APP_DIR="$out/app"; DATAGEN_DIR="$out/datagen"
}

start_postgres() {
  mkdir -p "$WORK/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  PG_PORT=$(free_port)
  # Four instances with their pools (and a listening connection each) need more than the default 100.
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/server.log" -w start \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=300" >/dev/null
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
}

psql_in() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ocop -v ON_ERROR_STOP=1 -Atq -c "$1"; }
connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=ocop;Maximum Pool Size=50"; }

generate() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atq -c "CREATE DATABASE ocop"
  log "generating $PRODUCTS products"
  dotnet "$DATAGEN_DIR/OcopConnect.DataGen.dll" --connection "$(connection)" --products "$PRODUCTS" \
    --mous $((PRODUCTS / 5)) --seed "$SEED" --organizer-password "$PASSWORD" > "$WORK/generate.log"
  grep -E '^Loaded in' "$WORK/generate.log" >&2 || true
}

# ------------------------------------------------------------------ instances and nginx

# start_instance: one more portal process on a free loopback port; waits for /health/ready.
# The general rate limits (decision 0016) would answer wrk with 429s, so the instances run without them, as in run.sh.
start_instance() {
  local port n=${#APP_PIDS[@]}
  port=$(free_port)
  (cd "$APP_DIR" && ASPNETCORE_ENVIRONMENT=Production exec dotnet OcopConnect.Web.dll \
    --urls "http://127.0.0.1:$port" \
    --ConnectionStrings:Default="$(connection)" \
    --Database:Migrate=false --Demo:Enabled=false \
    --RateLimits:AuthPerMinute=100000 --RateLimits:PostsPerMinute=0 --RateLimits:AnonymousGetsPerMinute=0 > "$WORK/app-$n.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then
      APP_PIDS+=("$pid"); APP_PORTS+=("$port")
      log "instance $((n + 1)) (pid $pid) on port $port"
      return
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/app-$n.log" >&2; echo "an instance did not start" >&2; exit 1; }
    sleep 0.5
  done
  echo "an instance did not answer /health/ready within 60 s" >&2; exit 1
}

# (re)start nginx with an upstream of the instances running now.
start_nginx() {
  stop_nginx
  mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
  chmod 777 "$WORK/nginx/tmp"
  [ -n "$NGINX_PORT" ] || NGINX_PORT=$(free_port)
  local servers="" port
  for port in "${APP_PORTS[@]}"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
  cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  # Round-robin, no sticky sessions: sessions, keys and the cache's evictions live in PostgreSQL.
  upstream ocop {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://ocop;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A request nginx could not hand to an instance goes to the next; one already sent is not
      # repeated unless idempotent (nginx's default for POST), so a write is never made twice.
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 2s;
    }
  }
}
EOF
  nginx -t -q -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/health/live" && return; sleep 0.1; done
  echo "nginx did not answer" >&2; exit 1
}

# ------------------------------------------------------------------ measuring

field() { sed -nE "s/(^|.* )$1=([0-9.]+).*/\2/p" <<<"$2"; }
# Uncached: an Authorization header makes the output cache neither look up nor store (as in bench/run.sh).
NO_CACHE=(-H "Authorization: Benchmark no-output-cache")

measure() {
  local instances=$1 mode=$2 url=$3 line
  shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s "$@" "$url" >/dev/null
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/wrk/report.lua "$@" "$url" | grep '^RESULT')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$instances" "$mode" "$(field rps "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$(field errors "$line")" "$(field non2xx "$line")" >> "$RESULTS"
  log "$(printf '%d instance(s) %-9s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s (HTTP >= 400: %s)' "$instances" "$mode" "$(field rps "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")" "$(field errors "$line")" "$(field non2xx "$line")")"
}

# The Cookie header of the benchmark organizer signed in through nginx (whichever instance answers).
sign_in() {
  local jar=$1 token code base="http://127.0.0.1:$NGINX_PORT"
  for _ in $(seq 1 20); do
    rm -f "$jar"
    token=$(curl -s -c "$jar" "$base/account/login" | sed -nE 's/.*name="__RequestVerificationToken"[^>]*value="([^"]+)".*/\1/p' | head -n 1)
    code=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "Input.Email=$EMAIL" \
      --data-urlencode "Input.Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$base/account/login" || true)
    [ "$code" = 302 ] && return 0
    echo "sign-in answered $code" >> "$WORK/writer-errors.log"
    sleep 0.5
  done
  return 1
}

cookie_header() { awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"; }

# writer N UNTIL: creates enterprises through nginx until the epoch second UNTIL; logs "name http-code".
writer() {
  local n=$1 jar="$WORK/writer-$n.jar" base="http://127.0.0.1:$NGINX_PORT" token cookies i=0 code name
  sign_in "$jar" || { echo "writer $n could not sign in" >> "$WORK/writer-errors.log"; return 0; }
  token=$(curl -s -b "$jar" -c "$jar" "$base/manage/enterprises/new" | sed -nE 's/.*name="__RequestVerificationToken"[^>]*value="([^"]+)".*/\1/p' | head -n 1)
  [ -n "$token" ] || { echo "writer $n found no form token" >> "$WORK/writer-errors.log"; return 0; }
  cookies=$(cookie_header "$jar")
  while [ ! -f "$WORK/stop-writers" ]; do
    i=$((i + 1))
    name="Failover writer $n no $i"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Cookie: $cookies" \
      --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Name=$name" \
      --data-urlencode "Input.Kind=Cooperative" --data-urlencode "Input.ProvinceId=$PROVINCE" \
      --data-urlencode "Input.TaxCode=$(printf '77%02d%06d' "$n" "$i")" \
      "$base/manage/enterprises/new" || true)
    echo "$name	$code" >> "$WORK/writes-$n.tsv"
    [ "$code" = 302 ] || echo "writer $n: $name answered $code" >> "$WORK/writer-errors.log"
  done
}

failover() {
  log "failover: $WRITERS writers for ${FAILOVER_SECONDS} s through nginx; instance 2 is killed after ${KILL_AFTER} s"
  PROVINCE=$(psql_in "SELECT id FROM provinces WHERE valid_to IS NULL ORDER BY id LIMIT 1")
  local pids=() n
  rm -f "$WORK/stop-writers"; : > "$WORK/writer-errors.log"
  for n in $(seq 1 "$WRITERS"); do : > "$WORK/writes-$n.tsv"; writer "$n" & pids+=($!); done
  # Signing in takes a while on a loaded machine: count the time from the first acknowledged write.
  for _ in $(seq 1 600); do grep -qs $'\t302$' "$WORK"/writes-*.tsv && break; sleep 0.1; done
  sleep "$KILL_AFTER"
  local victim=${APP_PIDS[1]} before
  before=$(cat "$WORK"/writes-*.tsv | wc -l)
  kill -KILL "$victim"
  log "killed instance 2 (pid $victim) after $before writes"
  sleep $((FAILOVER_SECONDS - KILL_AFTER))
  touch "$WORK/stop-writers"
  for n in "${pids[@]}"; do wait "$n" || true; done
  cat "$WORK"/writes-*.tsv > "$WORK/writes.tsv"
  SENT=$(wc -l < "$WORK/writes.tsv")
  ACKED=$(awk -F'\t' '$2 == 302' "$WORK/writes.tsv" | wc -l)
  FAILED=$(awk -F'\t' '$2 != 302' "$WORK/writes.tsv" | wc -l)
  FAILED_CODES=$(awk -F'\t' '$2 != 302 {print $2}' "$WORK/writes.tsv" | sort | uniq -c | awk '{printf "%s%s×%s", sep, $1, $2; sep=", "}')
  awk -F'\t' '$2 == 302 {print $1}' "$WORK/writes.tsv" | sort > "$WORK/acked.txt"
  psql_in "SELECT name FROM enterprises WHERE name LIKE 'Failover writer %'" | sort > "$WORK/stored.txt"
  LOST=$(comm -23 "$WORK/acked.txt" "$WORK/stored.txt" | wc -l)
  STORED=$(wc -l < "$WORK/stored.txt")
  DUPLICATES=$(psql_in "SELECT count(*) FROM (SELECT name FROM enterprises WHERE name LIKE 'Failover writer %' GROUP BY name HAVING count(*) > 1) d")
  sed 's/^/  /' "$WORK/writer-errors.log" >&2
  log "failover: $SENT writes sent, $ACKED acknowledged, $FAILED failed (${FAILED_CODES:-none}); $STORED stored; acknowledged but missing: $LOST; stored twice: $DUPLICATES"
}

# ------------------------------------------------------------------ run

ensure_tools
publish
start_postgres
generate

for count in "${COUNTS[@]}"; do
  while [ ${#APP_PIDS[@]} -lt "$count" ]; do start_instance; done
  start_nginx
  base="http://127.0.0.1:$NGINX_PORT"
  measure "$count" cached "$base/products?q=nuoc+mam"
  measure "$count" uncached "$base/products?q=nuoc+mam" "${NO_CACHE[@]}"
done

failover

# ------------------------------------------------------------------ report

ELAPSED=$(( $(date +%s) - STARTED ))
CPU=$(nproc)
{
  echo "# Scale-out run"
  echo
  echo "\`bench/scale-out.sh\` on $(date -u +%Y-%m-%d), $CPU cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), nginx $(nginx -v 2>&1 | sed 's|.*/||'), $PRODUCTS generated products;"
  echo "the portal published in Release, every instance a separate process on loopback behind one nginx"
  echo "(round-robin, no sticky sessions). wrk: $CONNECTIONS connections, ${WARMUP} s warm-up, ${DURATION} s measured. Whole run: ${ELAPSED} s."
  echo
  echo "## Catalogue search \`/products?q=nuoc+mam\` through nginx"
  echo
  echo "| instances | cached req/s | p50 ms | p99 ms | uncached req/s | p50 ms | p99 ms | errors (of which HTTP ≥ 400) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  for count in "${COUNTS[@]}"; do
    awk -F'\t' -v n="$count" '$1 == n && $2 == "cached" {c = $3 " | " $4 " | " $5; e += $6; h += $7} $1 == n && $2 == "uncached" {u = $3 " | " $4 " | " $5; e += $6; h += $7} END {printf "| %s | %s | %s | %d (%d) |\n", n, c, u, e, h}' "$RESULTS"
  done
  echo
  echo "Load average of the machine (other work included) when the run started: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Errors that are not HTTP statuses are wrk socket errors (connections closed or timed out under load)."

  echo
  echo "Cached: anonymous visitors, answered from each instance's output cache. Uncached: every request runs the"
  echo "search (an \`Authorization\` header makes the cache step aside), so PostgreSQL does the work."
  echo
  echo "**Read this with the machine in mind:** all instances, nginx, wrk and PostgreSQL share $CPU cores. More"
  echo "instances cannot add CPU here, so throughput stays roughly flat (or drops from the extra processes"
  echo "competing for the same cores); the run shows that N instances serve the same pages correctly and"
  echo "share one database, not how far they scale. On separate machines each instance brings its own cores,"
  echo "and the uncached figure is then bound by PostgreSQL (or a read replica, \`ConnectionStrings:ReadReplica\`)."
  echo "Other processes on the machine (see the load average above) and each new instance starting cold (JIT,"
  echo "connection pools; the ${WARMUP} s warm-up is shared among the instances) move these figures a lot from run to run."
  echo
  echo "## Failover: an instance killed during writes"
  echo
  echo "$WRITERS writers signed in through nginx (their session cookie and form token work on every instance)"
  echo "created enterprises one after another for ${FAILOVER_SECONDS} s; after ${KILL_AFTER} s instance 2 of ${#APP_PIDS[@]} was killed with SIGKILL."
  echo
  echo "| writes sent | acknowledged (302) | failed | acknowledged but not in the database | stored twice |"
  echo "|---:|---:|---:|---:|---:|"
  echo "| $SENT | $ACKED | $FAILED ${FAILED_CODES:+($FAILED_CODES)} | $LOST | $DUPLICATES |"
  echo
  echo "Each writer has one request in flight at a time, so at most $WRITERS requests can have been on the killed"
  echo "instance when it died. Those fail (nginx answers 502: a POST already sent is not repeated elsewhere);"
  echo "later requests go to the other instances, since nginx passes a request it could not hand over to the"
  echo "next server. Failed here: $FAILED of $SENT. Acknowledged but missing from the database: $LOST."
} > "$OUT"
log "wrote $OUT"
cat "$OUT"
if [ "$LOST" -ne 0 ] || [ "$DUPLICATES" -ne 0 ]; then echo "acknowledged writes were lost or doubled" >&2; exit 1; fi
