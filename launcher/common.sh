# Shared helpers of ./landinfo: messages, prerequisites, the build, the app's database settings.
# Sourced by ./landinfo and the bench scripts; expects LANDINFO_HOME to be the repository root.

JAR="$LANDINFO_HOME/web/target/landinfo.jar"
# The server's JVM options when LANDINFO_JAVA_OPTS is not set. Parallel GC: the live heap is a few tens of
# MB and requests allocate ~27 kB each, so a throughput collector without G1's concurrent barriers costs
# less CPU per request (parcel lookup, 2 cores: 255 µs of JVM CPU instead of 322 µs, measured 2026-11-26).
# The heap is bounded (the default, a quarter of the machine, let it grow to 2.5 GB resident under malformed
# requests), and an OutOfMemoryError ends the process, which `serve` restarts
# (docs/decisions/0043-bounded-server-heap.md).
SERVER_JAVA_OPTS="-XX:+UseParallelGC -Xms256m -Xmx1g -XX:+ExitOnOutOfMemoryError"
# The exit code of a JVM that -XX:+ExitOnOutOfMemoryError ended.
JVM_OUT_OF_MEMORY=3

say()  { printf 'landinfo: %s\n' "$*" >&2; }
die()  { printf 'landinfo: %s\n' "$*" >&2; exit 1; }

# Prints how to install Debian packages, as root or through sudo.
install_hint() {
    if [ "$EUID" -eq 0 ]; then echo "apt-get install -y $*"; else echo "sudo apt-get install -y $*"; fi
}

# Java 17+ with a compiler (Maven needs javac, not only a runtime).
require_java() {
    if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
        die "Thiếu Java 17 (JDK) / Java 17+ (a JDK) is needed. Install it with: $(install_hint openjdk-17-jdk-headless)"
    fi
    local major
    major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
    if [ -z "$major" ] || [ "$major" -lt 17 ]; then
        die "Java ${major:-?} found, Java 17+ is needed. Install it with: $(install_hint openjdk-17-jdk-headless)"
    fi
}

require_maven() {
    command -v mvn >/dev/null 2>&1 || die "Thiếu Maven / Maven is needed to build. Install it with: $(install_hint maven)"
}

# The independent map clients the tests drive (GDAL's WMS driver, OWSLib, headless QGIS, and headless Chromium with its
# chromedriver for the map page): installed with apt-get when we may, otherwise the tests would fail on
# them, so say how to install them now.
require_map_clients() {
    local missing=()
    command -v gdal_translate >/dev/null 2>&1 || missing+=(gdal-bin)
    /usr/bin/python3 -c 'import owslib' >/dev/null 2>&1 || missing+=(python3-owslib)
    /usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1 || missing+=(python3-qgis)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    [ "${#missing[@]}" -gt 0 ] || return 0
    if [ "$EUID" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]} (apt-get) for the map client tests..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
            || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
            || die "apt-get could not install ${missing[*]}"
        return 0
    fi
    die "the map client tests need ${missing[*]}. Install them with: $(install_hint "${missing[@]}")"
}

# Test tools from npm (linters, axe-core...), each pinned by its own package.json + package-lock.json under
# test-tools/<name>/: installed with `npm ci` when its node_modules is missing, so a bare machine (and CI)
# gets exactly the locked versions. The tests find them at test-tools/<name>/node_modules/.bin.
require_test_tools() {
    local dir
    for dir in "$LANDINFO_HOME"/test-tools/*/; do
        [ -f "$dir/package-lock.json" ] || continue
        [ -d "$dir/node_modules" ] && [ "$dir/node_modules" -nt "$dir/package-lock.json" ] && continue
        command -v npm >/dev/null 2>&1 || die "npm (Node.js 20) is needed for the test tools in $dir. Install it with: $(install_hint nodejs npm)"
        say "installing the pinned test tools of ${dir#"$LANDINFO_HOME"/} (npm ci)..."
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
        touch "$dir/node_modules"
    done
}

require_jar() {
    [ -f "$JAR" ] || die "$JAR is missing: run './landinfo build' (or './landinfo run') first."
}

# Builds web/target/landinfo.jar when it is missing or any pom or source file is newer than it.
build_if_needed() {
    local stale=""
    if [ ! -f "$JAR" ]; then
        stale="no jar yet"
    else
        stale=$(cd "$LANDINFO_HOME" && find pom.xml migrations land-core map-server web \
                    -path '*/target' -prune -o -type f -newer "$JAR" -print -quit 2>/dev/null)
    fi
    [ -n "$stale" ] || return 0
    build
}

build() {
    require_java
    require_maven
    if [ ! -d "${HOME}/.m2/repository/org/springframework/boot/spring-boot-starter-parent" ]; then
        say "Lần build đầu tải thư viện từ Maven Central / first build: downloading dependencies from Maven Central (a few minutes)..."
    fi
    say "building web/target/landinfo.jar (mvn -q -B -DskipTests package)..."
    local start=$SECONDS
    (cd "$LANDINFO_HOME" && mvn -q -B -DskipTests package) || die "the build failed (see the Maven output above)"
    say "built in $((SECONDS - start)) s"
}

# Runs a command of the application jar (migrate, import admin-units, demo-data, audit verify, ...).
jar_command() {
    require_java
    require_jar
    java -jar "$JAR" "$@"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
