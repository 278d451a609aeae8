#!/usr/bin/env bash
# Backup and restore of the OcopConnect database (docs/backup.md).
#
# One pg_dump holds everything the portal keeps: the records, the stored files (photos, signed
# MoUs, exports live in the stored_files table), the Data Protection keys and the sessions.
#
#   scripts/db-backup.sh backup  --db CONNINFO --out DIR [--keep N]
#   scripts/db-backup.sh verify  FILE
#   scripts/db-backup.sh restore --db CONNINFO FILE
#
# CONNINFO is a libpq connection string or URI ("host=127.0.0.1 port=5432 user=ocop dbname=ocopconnect"
# or "postgresql://ocop@127.0.0.1:5432/ocopconnect"). Give the password through PGPASSWORD or
# ~/.pgpass, never on the command line. PG_BIN picks the folder of pg_dump/pg_restore/psql
# (default: the newest /usr/lib/postgresql/*/bin, then PATH); it must be at least the server's version.
set -euo pipefail

die() { echo "db-backup: $*" >&2; exit 1; }

usage() {
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}

find_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then
        echo "$PG_BIN"
        return
    fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$newest" ]]; then
        echo "$newest"
    else
        dirname "$(command -v pg_dump || die "pg_dump not found: install PostgreSQL client tools or set PG_BIN")"
    fi
}

BIN=$(find_bin)
PG_DUMP="$BIN/pg_dump"
PG_RESTORE="$BIN/pg_restore"
PSQL="$BIN/psql"

sql() { # sql CONNINFO QUERY: one value per line, no headers
    "$PSQL" --no-psqlrc --quiet --tuples-only --no-align --set ON_ERROR_STOP=1 --dbname "$1" --command "$2"
}

cmd_backup() {
    local db="" out="" keep=0
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --db) db="$2"; shift 2 ;;
            --out) out="$2"; shift 2 ;;
            --keep) keep="$2"; shift 2 ;;
            *) die "backup: unknown argument $1" ;;
        esac
    done
    [[ -n "$db" && -n "$out" ]] || die "backup needs --db and --out"
    [[ "$keep" =~ ^[0-9]+$ ]] || die "--keep takes a number"
    mkdir -p "$out"
    umask 077 # a dump holds personal data, password hashes and the Data Protection keys

    local stamp file
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    file="$out/ocopconnect-$stamp.dump"
    # Custom format: compressed, restorable table by table; a consistent snapshot of one moment
    # (pg_dump runs in one repeatable-read transaction), taken while the portal keeps running.
    "$PG_DUMP" --format=custom --compress=6 --no-password --dbname "$db" --file "$file.partial"
    mv "$file.partial" "$file"
    (cd "$out" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
    echo "db-backup: wrote $file ($(du -h "$file" | cut -f1)); $(list_counts "$file")"

    if [[ "$keep" -gt 0 ]]; then
        # Keep the newest N dumps of this folder (names sort by time), with their checksums.
        ls -1 "$out"/ocopconnect-*.dump 2>/dev/null | sort | head -n "-$keep" | while read -r old; do
            rm -f "$old" "$old.sha256"
            echo "db-backup: removed old dump $old"
        done
    fi
}

list_counts() { # a short description of a dump's contents
    local toc
    toc=$("$PG_RESTORE" --list "$1")
    echo "$(grep -c ' TABLE DATA ' <<<"$toc") tables with data, $(grep -c ' SEQUENCE SET ' <<<"$toc") sequences"
}

cmd_verify() {
    local file="${1:-}"
    [[ -f "$file" ]] || die "verify: no such file: $file"
    if [[ -f "$file.sha256" ]]; then
        (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") || die "verify: checksum mismatch for $file"
    fi
    "$PG_RESTORE" --list "$file" >/dev/null || die "verify: $file is not a readable pg_dump archive"
    local toc
    toc=$("$PG_RESTORE" --list "$file")
    for table in __EFMigrationsHistory stored_files data_protection_keys products; do
        grep -q " TABLE DATA public $table \| TABLE DATA public \"$table\" " <<<"$toc" || die "verify: $file has no data for table $table"
    done
    echo "db-backup: $file is readable; $(list_counts "$file")"
}

cmd_restore() {
    local db="" file=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --db) db="$2"; shift 2 ;;
            -*) die "restore: unknown argument $1" ;;
            *) file="$1"; shift ;;
        esac
    done
    [[ -n "$db" && -n "$file" ]] || die "restore needs --db and a dump file"
    cmd_verify "$file" >/dev/null

    # Only into a fresh, empty database: a restore never merges into or overwrites live data.
    local existing
    existing=$(sql "$db" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r','p')")
    [[ "$existing" == "0" ]] || die "restore: the target database already has $existing tables; create a fresh one (createdb -T template0 -E UTF8 NAME)"

    # One transaction: the database ends up with the whole dump or nothing. Objects belong to the
    # restoring role (--no-owner), so the dump restores on a server with other role names.
    "$PG_RESTORE" --single-transaction --exit-on-error --no-owner --no-privileges --no-password --dbname "$db" "$file"
    sql "$db" "ANALYZE" >/dev/null

    local migration tables files
    # The history table's column is migration_id (snake_case naming) or MigrationId (EF's default).
    migration=$(sql "$db" "SELECT max(coalesce(to_jsonb(h)->>'migration_id', to_jsonb(h)->>'MigrationId')) FROM \"__EFMigrationsHistory\" h")
    tables=$(sql "$db" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    files=$(sql "$db" "SELECT count(*) FROM stored_files")
    echo "db-backup: restored $file: $tables tables, $files stored files, last migration $migration"
}

case "${1:-}" in
    backup) shift; cmd_backup "$@" ;;
    verify) shift; cmd_verify "$@" ;;
    restore) shift; cmd_restore "$@" ;;
    -h|--help|help) usage 0 ;;
    *) usage ;;
esac
