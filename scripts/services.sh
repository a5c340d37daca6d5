#!/usr/bin/env bash
# PostgreSQL and Redis for the tests and the load tool, from Debian's packages, on loopback only.
#
#   scripts/services.sh install          installs Debian's postgresql and redis-server when missing
#   scripts/services.sh start <folder> [--standby]
#                                        starts both in <folder> and writes <folder>/services.env; with --standby,
#                                        also a PostgreSQL streaming standby that every commit waits for
#   scripts/services.sh kill-primary <folder>
#                                        stops the PostgreSQL primary at once, as a crash would (pg_ctl -m immediate)
#   scripts/services.sh promote <folder> promotes the standby to primary (pg_ctl promote) and waits until it takes writes
#   scripts/services.sh stop <folder>    stops everything started in <folder> (does nothing for what is not running)
#
# start makes <folder> (0700, owned by the postgres user, which runs PostgreSQL), with the cluster in <folder>/pg,
# its socket in <folder>/pg-socket and Redis's files in <folder>/redis. PostgreSQL listens on 127.0.0.1 only, on a
# free port, with synchronous_commit=on and fsync=on; a database and a login role with a random password are made
# for the venue server. Redis listens on 127.0.0.1 only, on another free port. Run as root.
set -euo pipefail

TIMEOUT_SECONDS=${SERVICES_TIMEOUT_SECONDS:-60}
DATABASE=venue
ROLE=venue

fail() {
  echo "services.sh: $*" >&2
  exit 1
}

usage() {
  echo "usage: scripts/services.sh install | start <folder> [--standby] | kill-primary <folder> | promote <folder> | stop <folder>" >&2
  exit 2
}

# The newest PostgreSQL server binaries Debian installed (/usr/lib/postgresql/<version>/bin). The wrappers in
# /usr/bin (pg_wrapper) pick a version by cluster; initdb and pg_ctl are not wrapped there, so call them by path.
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ] && [ -x "$dir/pg_isready" ] || return 1
  echo "$dir"
}

install_services() {
  local missing=()
  pg_bin >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 || missing+=(redis-server)
  command -v ss >/dev/null 2>&1 || missing+=(iproute2)
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || fail "installing ${missing[*]} needs root"
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  local bin
  bin=$(pg_bin) || fail "PostgreSQL's initdb/pg_ctl/psql/pg_isready not found under /usr/lib/postgresql/*/bin after installing postgresql"
  command -v redis-server >/dev/null 2>&1 || fail "redis-server not found after installing redis-server"
  command -v redis-cli >/dev/null 2>&1 || fail "redis-cli not found after installing redis-server"
  command -v ss >/dev/null 2>&1 || fail "ss not found after installing iproute2 (start uses it to find free ports)"
  id postgres >/dev/null 2>&1 || fail "the postgres user does not exist (Debian's postgresql package makes it)"
  echo "== $("$bin/postgres" --version), $(redis-server --version | cut -d' ' -f1-3)"
}

# A TCP port that no socket uses, on any address. Below Linux's ephemeral range (32768 and up): a port there may be
# taken, between this check and the bind, as the local end of some outgoing connection, and PostgreSQL would then
# fail to start with "Address already in use".
free_port() {
  local port tries
  for tries in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    if ! ss -Hta "sport = :$port" | grep -q .; then
      echo "$port"
      return 0
    fi
  done
  fail "found no free TCP port"
}

random_secret() {
  # Letters and digits only, so the value needs no quoting in a connection string, SQL or a shell.
  head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32
}

as_postgres() {
  runuser -u postgres -- "$@"
}

# Waits until "$@" succeeds, at most TIMEOUT_SECONDS; $1 names what is awaited.
wait_for() {
  local what=$1
  shift
  local deadline=$((SECONDS + TIMEOUT_SECONDS))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
  echo "== $what answers"
}

redis_pong() {
  [ "$(REDISCLI_AUTH="$2" redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = "PONG" ]
}

starting=
cleanup_failed_start() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -n "$starting" ]; then
    echo "services.sh: start failed; stopping what was started in $starting" >&2
    (stop_services "$starting" >&2) || true
  fi
}

start_services() {
  local folder=$1 with_standby=$2 bin pg_port redis_port password standby_port=
  [ "$(id -u)" -eq 0 ] || fail "start runs as root (PostgreSQL is started as the postgres user)"
  bin=$(pg_bin) || fail "PostgreSQL not installed: run scripts/services.sh install"
  command -v redis-server >/dev/null 2>&1 || fail "redis-server not installed: run scripts/services.sh install"
  [ ! -e "$folder/pg" ] || fail "$folder/pg already exists: stop and remove it, or give another folder"

  mkdir -p "$folder"
  folder=$(cd "$folder" && pwd)
  chmod 0700 "$folder"
  chown postgres:postgres "$folder"
  as_postgres test -x "$folder" ||
    fail "the postgres user cannot reach $folder: every folder above it must be searchable by others (use one under /tmp)"
  mkdir -m 0700 "$folder/pg-socket" "$folder/redis"
  chown postgres:postgres "$folder/pg-socket"
  [ ${#folder} -lt 80 ] || fail "$folder is too long for a Unix socket path: use a shorter folder"

  # If anything below fails, stop what was started so no server is left behind.
  starting=$folder
  trap cleanup_failed_start EXIT

  echo "== PostgreSQL: initdb $folder/pg"
  password=$(random_secret)
  as_postgres "$bin/initdb" -D "$folder/pg" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
    { cat "$folder/initdb.log" >&2; fail "initdb failed"; }
  pg_port=$(free_port)
  cat >>"$folder/pg/postgresql.conf" <<EOF

# scripts/services.sh
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$folder/pg-socket'
synchronous_commit = on
fsync = on
full_page_writes = on
EOF
  echo "== PostgreSQL: starting on 127.0.0.1:$pg_port"
  as_postgres "$bin/pg_ctl" -D "$folder/pg" -l "$folder/pg/server.log" -w -t "$TIMEOUT_SECONDS" start >/dev/null ||
    { tail -n 20 "$folder/pg/server.log" >&2 || true; fail "PostgreSQL did not start (log: $folder/pg/server.log)"; }
  wait_for "PostgreSQL" "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" ||
    fail "PostgreSQL did not answer pg_isready on 127.0.0.1:$pg_port within ${TIMEOUT_SECONDS}s"
  as_postgres "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$folder/pg-socket" -p "$pg_port" -U postgres -d postgres \
    -c "CREATE ROLE $ROLE LOGIN PASSWORD '$password'" -c "CREATE DATABASE $DATABASE OWNER $ROLE" >/dev/null ||
    fail "could not create the database $DATABASE and the role $ROLE"

  if [ -n "$with_standby" ]; then
    standby_port=$(start_standby "$folder" "$bin" "$pg_port")
  fi

  redis_port=$(free_port)
  redis_password=$(random_secret)
  echo "== Redis: starting on 127.0.0.1:$redis_port"
  # No snapshots and no append-only file: what passes through Redis (pushes, the box key exchange) never reaches disk.
  # The password is given in a config read from stdin, so it is not on the command line for ps to show.
  printf 'requirepass %s\n' "$redis_password" | redis-server - --bind 127.0.0.1 --port "$redis_port" --protected-mode yes \
    --dir "$folder/redis" --save "" --appendonly no --daemonize yes --pidfile "$folder/redis/redis.pid" --logfile "$folder/redis/redis.log" >/dev/null ||
    fail "redis-server did not start (log: $folder/redis/redis.log)"
  wait_for "Redis" redis_pong "$redis_port" "$redis_password" ||
    { tail -n 20 "$folder/redis/redis.log" >&2 || true; fail "Redis did not answer PING on 127.0.0.1:$redis_port within ${TIMEOUT_SECONDS}s"; }

  starting=
  umask 077
  if [ -z "$standby_port" ]; then
    cat >"$folder/services.env" <<EOF
POSTGRES_CONNECTION=Host=127.0.0.1;Port=$pg_port;Database=$DATABASE;Username=$ROLE;Password=$password
REDIS_CONNECTION=127.0.0.1:$redis_port,password=$redis_password
EOF
  else
    # Both hosts, and only the one that takes writes: after a promotion, new connections find the new primary.
    cat >"$folder/services.env" <<EOF
POSTGRES_CONNECTION=Host=127.0.0.1:$pg_port,127.0.0.1:$standby_port;Database=$DATABASE;Username=$ROLE;Password=$password;Target Session Attributes=primary
POSTGRES_PRIMARY_PORT=$pg_port
POSTGRES_STANDBY_PORT=$standby_port
REDIS_CONNECTION=127.0.0.1:$redis_port,password=$redis_password
EOF
  fi
  cat "$folder/services.env"
}

# Runs SQL as the postgres superuser over the folder's socket on port $3; prints the result unaligned.
pg_sql() {
  local folder=$1 bin=$2 port=$3
  shift 3
  as_postgres "$bin/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h "$folder/pg-socket" -p "$port" -U postgres -d postgres "$@"
}

standby_streaming() {
  [ "$(pg_sql "$1" "$2" "$3" -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby' AND state = 'streaming'" 2>/dev/null)" = "$4" ]
}

# A streaming standby of the primary on port $3, in $1/pg-standby, made with pg_basebackup; once it streams, the
# primary names it synchronous, so a commit returns only after the standby has flushed it. Prints the standby's port.
start_standby() {
  local folder=$1 bin=$2 primary_port=$3 port secret
  secret=$(random_secret)
  pg_sql "$folder" "$bin" "$primary_port" -c "CREATE ROLE replicator REPLICATION LOGIN PASSWORD '$secret'" >/dev/null ||
    fail "could not create the replication role"
  echo "== PostgreSQL: pg_basebackup to $folder/pg-standby" >&2
  as_postgres env PGPASSWORD="$secret" "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U replicator \
    -D "$folder/pg-standby" -X stream -c fast -R >"$folder/basebackup.log" 2>&1 ||
    { cat "$folder/basebackup.log" >&2; fail "pg_basebackup failed"; }
  port=$(free_port)
  cat >>"$folder/pg-standby/postgresql.conf" <<EOF

# scripts/services.sh: the standby
port = $port
hot_standby = on
EOF
  # Written after pg_basebackup's own line, so this one (which names the standby) is the one read.
  cat >>"$folder/pg-standby/postgresql.auto.conf" <<EOF
primary_conninfo = 'host=127.0.0.1 port=$primary_port user=replicator password=$secret application_name=standby'
EOF
  echo "== PostgreSQL: starting the standby on 127.0.0.1:$port" >&2
  as_postgres "$bin/pg_ctl" -D "$folder/pg-standby" -l "$folder/pg-standby/server.log" -w -t "$TIMEOUT_SECONDS" start >/dev/null ||
    { tail -n 20 "$folder/pg-standby/server.log" >&2 || true; fail "the standby did not start (log: $folder/pg-standby/server.log)"; }
  wait_for "the standby streaming" standby_streaming "$folder" "$bin" "$primary_port" async >&2 ||
    fail "the standby did not stream from the primary within ${TIMEOUT_SECONDS}s"
  pg_sql "$folder" "$bin" "$primary_port" -c "ALTER SYSTEM SET synchronous_standby_names = 'standby'" -c "SELECT pg_reload_conf()" >/dev/null ||
    fail "could not make the standby synchronous"
  wait_for "the standby synchronous" standby_streaming "$folder" "$bin" "$primary_port" sync >&2 ||
    fail "the standby did not become synchronous within ${TIMEOUT_SECONDS}s"
  echo "$port"
}

kill_primary() {
  local folder=$1 bin
  bin=$(pg_bin) || fail "PostgreSQL's pg_ctl not found"
  [ -f "$folder/pg/postmaster.pid" ] || fail "no PostgreSQL primary runs in $folder/pg"
  echo "== PostgreSQL: stopping the primary at once (-m immediate)"
  as_postgres "$bin/pg_ctl" -D "$folder/pg" -m immediate -w -t "$TIMEOUT_SECONDS" stop >/dev/null ||
    fail "the primary in $folder/pg did not stop"
}

in_recovery() {
  [ "$(pg_sql "$1" "$2" "$3" -c "SELECT pg_is_in_recovery()" 2>/dev/null)" = "$4" ]
}

promote_standby() {
  local folder=$1 bin port
  bin=$(pg_bin) || fail "PostgreSQL's pg_ctl not found"
  [ -f "$folder/pg-standby/postmaster.pid" ] || fail "no PostgreSQL standby runs in $folder/pg-standby"
  port=$(sed -n 's/^POSTGRES_STANDBY_PORT=//p' "$folder/services.env")
  echo "== PostgreSQL: promoting the standby on 127.0.0.1:$port"
  as_postgres "$bin/pg_ctl" -D "$folder/pg-standby" -w -t "$TIMEOUT_SECONDS" promote >/dev/null ||
    fail "pg_ctl promote failed (log: $folder/pg-standby/server.log)"
  wait_for "the promoted standby taking writes" in_recovery "$folder" "$bin" "$port" f ||
    fail "the standby was still in recovery ${TIMEOUT_SECONDS}s after promote"
}

stop_services() {
  local folder=$1 bin pid deadline
  if [ ! -d "$folder" ]; then
    echo "== nothing to stop: $folder does not exist"
    return 0
  fi
  if [ -f "$folder/pg/postmaster.pid" ]; then
    bin=$(pg_bin) || fail "PostgreSQL's pg_ctl not found: cannot stop the cluster in $folder/pg"
    echo "== PostgreSQL: stopping"
    as_postgres "$bin/pg_ctl" -D "$folder/pg" -m fast -w -t "$TIMEOUT_SECONDS" stop >/dev/null ||
      fail "PostgreSQL in $folder/pg did not stop"
  fi
  if [ -f "$folder/pg-standby/postmaster.pid" ]; then
    bin=$(pg_bin) || fail "PostgreSQL's pg_ctl not found: cannot stop the standby in $folder/pg-standby"
    echo "== PostgreSQL: stopping the standby"
    as_postgres "$bin/pg_ctl" -D "$folder/pg-standby" -m fast -w -t "$TIMEOUT_SECONDS" stop >/dev/null ||
      fail "PostgreSQL in $folder/pg-standby did not stop"
  fi
  if [ -f "$folder/redis/redis.pid" ]; then
    pid=$(cat "$folder/redis/redis.pid")
    # Only the redis-server this folder started: its pid file, and a process of that id that is redis-server.
    if [ -n "$pid" ] && [ "$(ps -o comm= -p "$pid" 2>/dev/null || true)" = "redis-server" ]; then
      echo "== Redis: stopping"
      kill -TERM "$pid"
      deadline=$((SECONDS + TIMEOUT_SECONDS))
      while kill -0 "$pid" 2>/dev/null; do
        [ "$SECONDS" -lt "$deadline" ] || fail "Redis (pid $pid) did not stop within ${TIMEOUT_SECONDS}s"
        sleep 0.1
      done
    fi
    rm -f "$folder/redis/redis.pid"
  fi
  echo "== stopped"
}

[ $# -ge 1 ] || usage
case "$1" in
  install)
    [ $# -eq 1 ] || usage
    install_services
    ;;
  start)
    [ $# -eq 2 ] || { [ $# -eq 3 ] && [ "$3" = "--standby" ]; } || usage
    start_services "$2" "${3:-}"
    ;;
  kill-primary)
    [ $# -eq 2 ] || usage
    kill_primary "$2"
    ;;
  promote)
    [ $# -eq 2 ] || usage
    promote_standby "$2"
    ;;
  stop)
    [ $# -eq 2 ] || usage
    stop_services "$2"
    ;;
  *) usage ;;
esac
