#!/usr/bin/env bash
# Installs and prepares everything Presslens' builds and tests need: the native
# toolchain and libraries, Emscripten, npm dev dependencies, and ICU built for
# wasm32 with a filtered data file. Idempotent; a second run takes seconds.
# See docs/setup.md.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: emsdk_setup.sh [--check | --no-check] [--help]

Installs what Presslens needs (Debian: apt packages; elsewhere: emsdk and ICU's
release tarball), runs `npm ci` when needed, builds ICU for wasm32 into the
cache, then checks that wasm ICU (filtered data) and native ICU agree.

  --check     only run the ICU check (native vs wasm); install nothing
  --no-check  skip the ICU check
  --help      this text

Pinned versions come from versions.env. Cache: ${PRESSLENS_CACHE_DIR:-~/.cache/presslens}
  icu-<ver>-wasm32/{include,lib,share/icudt<major>l.dat,stamp}
  snowball-<ver>/{runtime,english,COPYING,stamp}   the English stemmer's C source
  gumbo-<ver>/{src,COPYING,stamp}   the HTML5 parser's C source
EOF
}

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${PRESSLENS_CACHE_DIR:-$HOME/.cache/presslens}"
ICU_TOOLS_DIR="$REPO_DIR/tools/icu"

say() { printf '[setup] %s\n' "$*"; }
warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }
die() {
    printf '[setup] ERROR: %s\n' "$*" >&2
    exit 1
}
elapsed_since() { echo $(($(date +%s) - $1)); }

load_versions() {
    local file="$REPO_DIR/versions.env"
    [[ -f $file ]] || die "missing $file"
    # shellcheck source=versions.env
    source "$file"
    : "${PRESSLENS_EMSCRIPTEN_VERSION:?not set in versions.env}"
    : "${PRESSLENS_ICU_VERSION:?not set in versions.env}"
    : "${PRESSLENS_ICU_SHA256:?not set in versions.env}"
    : "${PRESSLENS_SNOWBALL_VERSION:?not set in versions.env}"
    : "${PRESSLENS_SNOWBALL_DEBIAN:?not set in versions.env}"
    : "${PRESSLENS_SNOWBALL_SHA256:?not set in versions.env}"
    : "${PRESSLENS_GUMBO_VERSION:?not set in versions.env}"
    : "${PRESSLENS_GUMBO_NPM_PACKAGE:?not set in versions.env}"
    : "${PRESSLENS_GUMBO_SHA256:?not set in versions.env}"
    EMSCRIPTEN_VERSION="$PRESSLENS_EMSCRIPTEN_VERSION"
    ICU_VERSION="$PRESSLENS_ICU_VERSION"           # e.g. 72.1
    ICU_MAJOR="${ICU_VERSION%%.*}"                  # 72
    ICU_DATA_NAME="icudt${ICU_MAJOR}l"              # the data file's TOC prefix
    ICU_PREFIX="$CACHE_DIR/icu-$ICU_VERSION-wasm32"
    ICU_SRC_PARENT="$CACHE_DIR/src"
}

# ---------------------------------------------------------------- Debian ----

APT_PACKAGES=(cmake ninja-build g++ make python3 emscripten libicu-dev icu-devtools
    nlohmann-json3-dev doctest-dev chromium clang-format clang libclang-rt-14-dev)

is_debian() { command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; }

package_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

wait_for_dpkg_lock() {
    command -v fuser >/dev/null || return 0  # apt's DPkg::Lock::Timeout still waits
    local waited=0
    while fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock >/dev/null 2>&1; do
        ((waited == 0)) && say "waiting for another apt/dpkg process to finish"
        sleep 5
        waited=$((waited + 5))
        ((waited < 1800)) || die "dpkg is still locked after 30 min"
    done
}

as_root() {
    if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
    local wanted=("${APT_PACKAGES[@]}") missing=() pkg
    # NodeSource (or any other) node is kept; Debian's only fills a gap.
    command -v node >/dev/null || wanted+=(nodejs npm)
    for pkg in "${wanted[@]}"; do
        package_installed "$pkg" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        say "apt packages: already installed"
        return
    fi
    local start
    start=$(date +%s)
    wait_for_dpkg_lock
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=1800 "${missing[@]}" >/dev/null
    say "apt packages: installed ${missing[*]} in $(elapsed_since "$start") s"
}

check_debian_versions() {
    command -v npm >/dev/null || die "node is installed but npm is not; install npm for this node"
    local emver icuver
    emver=$(dpkg-query -W -f='${Version}' emscripten)
    emver=${emver#*:}
    emver=${emver%%[~-]*}
    if [[ $emver == "$EMSCRIPTEN_VERSION" ]]; then
        say "emscripten: Debian's $emver (pinned $EMSCRIPTEN_VERSION)"
    else
        warn "Debian's emscripten is $emver but versions.env pins $EMSCRIPTEN_VERSION;" \
            "wasm builds may differ from CI"
    fi
    icuver=$(dpkg-query -W -f='${Version}' libicu-dev)
    [[ ${icuver%%-*} == "$ICU_VERSION" ]] ||
        die "libicu-dev is $icuver but versions.env pins ICU $ICU_VERSION (native and wasm ICU must match)"
}

# Debian's emcc runs under whichever node is first; NodeSource's node needs
# NODE_PATH to find Debian's JS modules (acorn). CMake presets set it too.
use_debian_emscripten() {
    [[ -d /usr/share/nodejs ]] && export NODE_PATH=/usr/share/nodejs
    EMCXX=em++
    EMAR=emar
}

enable_deb_src() {
    if grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 1  # already enabled
    fi
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
            as_root tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    else
        sed -n 's/^deb /deb-src /p' /etc/apt/sources.list |
            as_root tee /etc/apt/sources.list.d/debian-src.list >/dev/null
    fi
    say "apt: enabled deb-src entries"
}

# Refuses a source tarball whose sha256 is not the one versions.env pins.
check_icu_tarball() {
    local actual
    actual=$(sha256sum "$1" | cut -d' ' -f1)
    [[ $actual == "$PRESSLENS_ICU_SHA256" ]] ||
        die "$(basename "$1") has sha256 $actual; versions.env pins $PRESSLENS_ICU_SHA256"
    say "ICU $ICU_VERSION source: sha256 matches versions.env"
}

# Unpacks ICU's source into $ICU_SRC (kept in the cache for rebuilds).
fetch_icu_source_debian() {
    ICU_SRC="$ICU_SRC_PARENT/icu-$ICU_VERSION"
    [[ -f $ICU_SRC/source/common/putil.cpp ]] && return
    local version tmp
    version=$(dpkg-query -W -f='${Version}' libicu-dev)
    tmp="$ICU_SRC_PARENT/.download.tmp"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    chmod 755 "$tmp"  # apt-get source drops privileges to _apt where it can
    wait_for_dpkg_lock
    enable_deb_src && as_root apt-get update -qq
    if ! (cd "$tmp" && apt-get source -qq "icu=$version" >"$tmp/apt-source.log" 2>&1); then
        as_root apt-get update -qq  # the lists may predate this version
        (cd "$tmp" && apt-get source -qq "icu=$version" >"$tmp/apt-source.log" 2>&1) ||
            die "apt-get source icu=$version failed; see $tmp/apt-source.log"
    fi
    check_icu_tarball "$tmp/icu_$ICU_VERSION.orig.tar.gz"
    rm -rf "$ICU_SRC"
    mv "$tmp/icu-$ICU_VERSION" "$ICU_SRC"
    rm -rf "$tmp"
    say "ICU $ICU_VERSION source: unpacked Debian's icu=$version"
}

# ------------------------------------------------------------ elsewhere ----

setup_emsdk() {
    local dir="$CACHE_DIR/emsdk"
    if [[ ! -x $dir/emsdk ]]; then
        command -v git >/dev/null || die "git is needed to fetch emsdk"
        git clone --quiet https://github.com/emscripten-core/emsdk.git "$dir"
    fi
    if [[ ! -f $dir/.presslens-$EMSCRIPTEN_VERSION ]]; then
        (cd "$dir" && ./emsdk install "$EMSCRIPTEN_VERSION" && ./emsdk activate "$EMSCRIPTEN_VERSION") >/dev/null
        touch "$dir/.presslens-$EMSCRIPTEN_VERSION"
        say "emsdk: installed and activated $EMSCRIPTEN_VERSION in $dir"
    else
        say "emsdk: $EMSCRIPTEN_VERSION already active in $dir"
    fi
    # shellcheck disable=SC1091
    source "$dir/emsdk_env.sh" >/dev/null 2>&1
    EMCXX=em++
    EMAR=emar
}

check_native_tools_elsewhere() {
    local missing=() tool
    for tool in cmake c++ node npm icupkg genrb pkg-config git curl sha256sum nproc; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    ((${#missing[@]} == 0)) || die "missing: ${missing[*]}. Install cmake, a C++20 compiler, node 20 + npm," \
        "ICU $ICU_MAJOR with its dev files and tools (icupkg, genrb), pkg-config, nlohmann_json, doctest," \
        "git, curl, coreutils (see docs/setup.md)"
    local native
    native=$(pkg-config --modversion icu-uc 2>/dev/null) || die "ICU dev files not found by pkg-config (icu-uc)"
    [[ ${native%%.*} == "$ICU_MAJOR" ]] || die "native ICU is $native; Presslens pins ICU $ICU_VERSION"
    local header
    for header in nlohmann/json.hpp doctest/doctest.h; do
        echo "#include <$header>" | c++ -std=c++20 -fsyntax-only -x c++ - 2>/dev/null ||
            die "$header not found: install nlohmann_json and doctest"
    done
    say "native tools: found (ICU $native)"
}

fetch_icu_source_tarball() {
    ICU_SRC="$ICU_SRC_PARENT/icu-$ICU_VERSION"
    [[ -f $ICU_SRC/source/common/putil.cpp ]] && return
    local dashed="${ICU_VERSION//./-}" underscored="${ICU_VERSION//./_}"
    local name="icu4c-$underscored-src.tgz"
    local url="https://github.com/unicode-org/icu/releases/download/release-$dashed/$name"
    local tmp="$ICU_SRC_PARENT/.download.tmp"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    curl -fsSL -o "$tmp/$name" "$url" || die "cannot download $url"
    check_icu_tarball "$tmp/$name"
    tar -xzf "$tmp/$name" -C "$tmp"
    rm -rf "$ICU_SRC"
    mv "$tmp/icu" "$ICU_SRC"
    rm -rf "$tmp"
    say "ICU $ICU_VERSION source: unpacked $name"
}

# ------------------------------------------------------------------ npm ----

install_npm_packages() {
    local lock="$REPO_DIR/package-lock.json" marker="$REPO_DIR/node_modules/.package-lock.json"
    [[ -f $lock ]] || die "missing $lock"
    if [[ -f $marker && ! $lock -nt $marker ]]; then
        say "npm packages: up to date"
        return
    fi
    local start
    start=$(date +%s)
    (cd "$REPO_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    say "npm packages: npm ci in $(elapsed_since "$start") s"
}

# ------------------------------------------------------------- snowball ----

# Snowball's English stemmer as C (the libstemmer way): Debian's source
# package for snowball gives the upstream tarball (sha256 pinned in
# versions.env); its compiler, built here natively, turns english.sbl into
# stem_UTF_8_english.c, which CMake compiles with the runtime into the core,
# natively and for wasm. Kept in $CACHE_DIR/snowball-<version>/.
snowball_hash() {
    {
        echo "$PRESSLENS_SNOWBALL_VERSION $PRESSLENS_SNOWBALL_SHA256"
        declare -f fetch_snowball_source generate_snowball_english
    } | sha256sum | cut -d' ' -f1
}

fetch_snowball_tarball() {
    local tmp=$1 name="snowball_$PRESSLENS_SNOWBALL_VERSION.orig.tar.gz"
    if [[ -f $CACHE_DIR/$name ]]; then
        cp "$CACHE_DIR/$name" "$tmp/"  # placed there by hand (machines without apt)
    elif is_debian; then
        chmod 755 "$tmp"  # apt-get source drops privileges to _apt where it can
        wait_for_dpkg_lock
        enable_deb_src && as_root apt-get update -qq
        local get=(apt-get source -qq --download-only "snowball=$PRESSLENS_SNOWBALL_DEBIAN")
        if ! (cd "$tmp" && "${get[@]}" >"$tmp/apt-source.log" 2>&1); then
            as_root apt-get update -qq  # the lists may predate this version
            (cd "$tmp" && "${get[@]}" >"$tmp/apt-source.log" 2>&1) ||
                die "apt-get source snowball=$PRESSLENS_SNOWBALL_DEBIAN failed; see $tmp/apt-source.log"
        fi
    else
        die "snowball's source comes from Debian's source package; elsewhere put $name" \
            "(sha256 $PRESSLENS_SNOWBALL_SHA256) in $CACHE_DIR"
    fi
    local actual
    actual=$(sha256sum "$tmp/$name" | cut -d' ' -f1)
    [[ $actual == "$PRESSLENS_SNOWBALL_SHA256" ]] ||
        die "$name has sha256 $actual; versions.env pins $PRESSLENS_SNOWBALL_SHA256"
    tar -xzf "$tmp/$name" -C "$tmp"
}

generate_snowball_english() {
    local src=$1 out=$2
    mkdir -p "$out/runtime" "$out/english" "$src/build"
    cc -O1 -w -o "$src/build/snowball" "$src"/compiler/*.c
    (cd "$out/english" && "$src/build/snowball" "$src/algorithms/english.sbl" -o stem_UTF_8_english \
        -eprefix english_UTF_8_ -r ../runtime -u)
    cp "$src"/runtime/api.c "$src"/runtime/api.h "$src"/runtime/header.h "$src"/runtime/utilities.c \
        "$out/runtime/"
    cp "$src/COPYING" "$out/COPYING"
}

fetch_snowball_source() {
    local dir="$CACHE_DIR/snowball-$PRESSLENS_SNOWBALL_VERSION" hash
    hash=$(snowball_hash)
    if [[ -f $dir/stamp && $(cat "$dir/stamp") == "$hash" ]]; then
        say "snowball $PRESSLENS_SNOWBALL_VERSION (English stemmer): cached in $dir"
        return
    fi
    local tmp="$dir.tmp" start
    start=$(date +%s)
    rm -rf "$tmp"
    mkdir -p "$tmp/src" "$tmp/out"
    fetch_snowball_tarball "$tmp/src"
    generate_snowball_english "$tmp/src/snowball-$PRESSLENS_SNOWBALL_VERSION" "$tmp/out"
    echo "$hash" >"$tmp/out/stamp"
    rm -rf "$dir"
    mv "$tmp/out" "$dir"
    rm -rf "$tmp"
    say "snowball $PRESSLENS_SNOWBALL_VERSION: sha256 matches versions.env; English stemmer generated in $(elapsed_since "$start") s"
}

# ---------------------------------------------------------------- gumbo ----

# Gumbo's C source (the HTML5 parser), unpacked from the npm tarball that
# carries it into $CACHE_DIR/gumbo-<version>/src; CMake compiles it natively
# and for wasm. Not installed as an npm dependency: the package would build
# a node addon (binding.gyp) that Presslens does not use.
fetch_gumbo_source() {
    local dir="$CACHE_DIR/gumbo-$PRESSLENS_GUMBO_VERSION"
    local stamp="$dir/stamp" want="$PRESSLENS_GUMBO_NPM_PACKAGE $PRESSLENS_GUMBO_SHA256"
    if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
        say "gumbo $PRESSLENS_GUMBO_VERSION source: cached in $dir"
        return
    fi
    local tmp="$dir.tmp" tarball actual
    rm -rf "$tmp"
    mkdir -p "$tmp"
    (cd "$tmp" && npm pack --silent "$PRESSLENS_GUMBO_NPM_PACKAGE" >npm-pack.log 2>&1) ||
        die "npm pack $PRESSLENS_GUMBO_NPM_PACKAGE failed; see $tmp/npm-pack.log"
    tarball=$(find "$tmp" -maxdepth 1 -name '*.tgz' | head -n1)
    [[ -n $tarball ]] || die "npm pack $PRESSLENS_GUMBO_NPM_PACKAGE gave no tarball"
    actual=$(sha256sum "$tarball" | cut -d' ' -f1)
    [[ $actual == "$PRESSLENS_GUMBO_SHA256" ]] ||
        die "$(basename "$tarball") has sha256 $actual; versions.env pins $PRESSLENS_GUMBO_SHA256"
    tar -xzf "$tarball" -C "$tmp" package/deps/gumbo-parser/src package/deps/gumbo-parser/COPYING \
        package/deps/gumbo-parser/CHANGES.md
    grep -q "^Gumbo $PRESSLENS_GUMBO_VERSION " "$tmp/package/deps/gumbo-parser/CHANGES.md" ||
        die "$PRESSLENS_GUMBO_NPM_PACKAGE does not hold gumbo $PRESSLENS_GUMBO_VERSION"
    rm -rf "$dir"
    mv "$tmp/package/deps/gumbo-parser" "$dir"
    rm -rf "$tmp"
    echo "$want" >"$stamp"
    say "gumbo $PRESSLENS_GUMBO_VERSION source: sha256 matches versions.env; unpacked into $dir"
}

# ------------------------------------------------------------ ICU wasm32 ----

ICU_CFLAGS=(-O2 -std=c++17 -w -DU_STATIC_IMPLEMENTATION -DU_USING_ICU_NAMESPACE=0
    -DU_NO_DEFAULT_INCLUDE_UTF_HEADERS=1 -DUNISTR_FROM_CHAR_EXPLICIT=explicit
    -DUNISTR_FROM_STRING_EXPLICIT=explicit)

# The inputs whose change must rebuild the libraries, and the data file.
icu_libs_hash() {
    {
        echo "icu=$ICU_VERSION emscripten=$EMSCRIPTEN_VERSION"
        "$EMCXX" --version 2>/dev/null | head -n1
        echo "${ICU_CFLAGS[*]}"
        declare -f compile_icu_archive build_icu_libraries install_icu_headers
    } | sha256sum | cut -d' ' -f1
}

icu_data_hash() {
    {
        echo "icu=$ICU_VERSION"
        declare -f build_translit_root build_icu_data
        cat "$ICU_TOOLS_DIR/data_items.txt" "$ICU_TOOLS_DIR/translit_roots.txt" "$ICU_TOOLS_DIR/translit_trim.cpp"
    } | sha256sum | cut -d' ' -f1
}

# compile_icu_archive <out.a> <objdir> <extra flags...> -- <sources...>
compile_icu_archive() {
    local archive=$1 objdir=$2
    shift 2
    local flags=()
    while [[ $1 != -- ]]; do
        flags+=("$1")
        shift
    done
    shift
    mkdir -p "$objdir"
    # One em++ per file, $(nproc) at a time; objects named after their sources.
    printf '%s\n' "$@" | LC_ALL=C sort | xargs -P "$(nproc)" -I{} sh -c \
        'dir="$1" f="$2"; shift 2; exec "$@" -c "$f" -o "$dir/$(basename "$f" .cpp).o"' _ "$objdir" {} \
        "$EMCXX" "${ICU_CFLAGS[@]}" "-ffile-prefix-map=$ICU_SRC=icu" "${flags[@]}"
    (cd "$objdir" && LC_ALL=C ls -- *.o | xargs "$EMAR" rcsD "$archive")
}

build_icu_libraries() {
    local src="$ICU_SRC/source" out=$1 obj=$2
    compile_icu_archive "$out/lib/libicuuc.a" "$obj/common" \
        -DU_COMMON_IMPLEMENTATION "-I$src/common" -- "$src"/common/*.cpp
    compile_icu_archive "$out/lib/libicui18n.a" "$obj/i18n" \
        -DU_I18N_IMPLEMENTATION "-I$src/common" "-I$src/i18n" -- "$src"/i18n/*.cpp
    compile_icu_archive "$out/lib/libicudata.a" "$obj/stubdata" \
        "-I$src/common" -- "$src/stubdata/stubdata.cpp"
}

install_icu_headers() {
    local src="$ICU_SRC/source" out=$1
    mkdir -p "$out/include/unicode"
    cp "$src"/common/unicode/*.h "$src"/i18n/unicode/*.h "$out/include/unicode/"
    # Consumers see the library's configuration: no UCONFIG_* switch differs
    # from ICU's defaults (legacy converters stay on: windows-1252 & co).
}

# Rebuilds translit/root.res with only the rules in translit_roots.txt.
build_translit_root() {
    local extracted=$1 work=$2 out=$3
    c++ -std=c++20 -O1 -o "$work/translit_trim" "$ICU_TOOLS_DIR/translit_trim.cpp" \
        $(pkg-config --cflags --libs icu-uc)
    "$work/translit_trim" "$extracted/translit" "$ICU_TOOLS_DIR/translit_roots.txt" \
        "$work/translit_root.txt" >"$work/translit_kept.txt" 2>"$work/translit_trim.log" ||
        die "translit_trim failed: $(cat "$work/translit_trim.log")"
    mkdir -p "$work/genrb"
    genrb -q -e UTF-8 -d "$work/genrb" "$work/translit_root.txt"
    cp "$work/genrb/root.res" "$out"
}

build_icu_data() {
    local out=$1 work=$2 full="$ICU_SRC/source/data/in/$ICU_DATA_NAME.dat"
    [[ -f $full ]] || die "ICU source has no prebuilt $full"
    mkdir -p "$work/all" "$work/pkg" "$out/share"
    icupkg -x '*' -d "$work/all" "$full"
    sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$ICU_TOOLS_DIR/data_items.txt" >"$work/list.txt"
    local item
    while read -r item; do
        mkdir -p "$work/pkg/$(dirname "$item")"
        if [[ $item == translit/root.res ]]; then
            build_translit_root "$work/all" "$work" "$work/pkg/$item"
        else
            [[ -f $work/all/$item ]] || die "no item $item in $full"
            cp "$work/all/$item" "$work/pkg/$item"
        fi
    done <"$work/list.txt"
    # --ignore-deps: brkitr/root.res names break rules we leave out.
    icupkg -tl --ignore-deps -s "$work/pkg" -a "$work/list.txt" new "$out/share/$ICU_DATA_NAME.dat"
}

# Builds into $ICU_PREFIX.tmp, then swaps it in: an interrupted run never
# leaves a half-built cache. The stamp holds one hash for the libraries and one
# for the data, so a change to the data recipe does not recompile ICU.
build_icu_wasm() {
    local stamp="$ICU_PREFIX/stamp" libs_hash data_hash old_libs="" old_data=""
    libs_hash=$(icu_libs_hash)
    data_hash=$(icu_data_hash)
    if [[ -f $stamp ]]; then
        old_libs=$(sed -n 's/^libs //p' "$stamp")
        old_data=$(sed -n 's/^data //p' "$stamp")
    fi
    if [[ $old_libs == "$libs_hash" && $old_data == "$data_hash" ]]; then
        say "ICU $ICU_VERSION wasm32: cached in $ICU_PREFIX"
        return
    fi
    local start tmp="$ICU_PREFIX.tmp" what=()
    start=$(date +%s)
    if is_debian; then fetch_icu_source_debian; else fetch_icu_source_tarball; fi
    # A fixed build path (not mktemp) keeps the archives byte-identical across runs.
    rm -rf "$tmp"
    mkdir -p "$tmp/.work"
    if [[ $old_data == "$data_hash" ]]; then
        cp -a "$ICU_PREFIX/share" "$tmp/"
    else
        build_icu_data "$tmp" "$tmp/.work/data"
        what+=(data)
    fi
    if [[ $old_libs == "$libs_hash" ]]; then
        cp -a "$ICU_PREFIX/lib" "$ICU_PREFIX/include" "$tmp/"
    else
        say "ICU $ICU_VERSION wasm32: compiling the libraries (about 2-4 min on 2 cores)"
        mkdir -p "$tmp/lib"
        build_icu_libraries "$tmp" "$tmp/.work/obj"
        install_icu_headers "$tmp"
        what+=(libraries)
    fi
    rm -rf "$tmp/.work"
    printf 'libs %s\ndata %s\n' "$libs_hash" "$data_hash" >"$tmp/stamp"
    rm -rf "$ICU_PREFIX.old"
    if [[ -d $ICU_PREFIX ]]; then mv "$ICU_PREFIX" "$ICU_PREFIX.old"; fi
    mv "$tmp" "$ICU_PREFIX"
    rm -rf "$ICU_PREFIX.old"
    say "ICU $ICU_VERSION wasm32: built ${what[*]} in $(elapsed_since "$start") s"
}

report_data_size() {
    local dat="$ICU_PREFIX/share/$ICU_DATA_NAME.dat" raw gz
    raw=$(wc -c <"$dat")
    gz=$(gzip -9 -c "$dat" | wc -c)
    say "ICU data $ICU_DATA_NAME.dat: $((raw / 1024)) KB raw, $((gz / 1024)) KB gzip"
}

# ------------------------------------------------------------- ICU check ----

# Builds tools/icu/icu_check.cpp natively (full data) and for wasm (filtered
# data), runs both and fails if their outputs differ.
run_icu_check() {
    local dir="$ICU_PREFIX-check" src="$ICU_TOOLS_DIR/icu_check.cpp" hash
    [[ -f $ICU_PREFIX/stamp ]] || die "ICU wasm32 is not built; run emsdk_setup.sh without --check first"
    hash=$({
        cat "$src" "$ICU_PREFIX/stamp"
        declare -f run_icu_check
    } | sha256sum | cut -d' ' -f1)
    if [[ ! -f $dir/stamp || $(cat "$dir/stamp") != "$hash" ]]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        c++ -std=c++20 -O2 -Wall -Wextra -o "$dir/icu_check" "$src" \
            $(pkg-config --cflags --libs icu-i18n icu-uc)
        "$EMCXX" -std=c++20 -O2 -Wall -Wextra -I"$ICU_PREFIX/include" -o "$dir/icu_check.js" "$src" \
            "$ICU_PREFIX/lib/libicui18n.a" "$ICU_PREFIX/lib/libicuuc.a" "$ICU_PREFIX/lib/libicudata.a" \
            -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1
        echo "$hash" >"$dir/stamp"
    fi
    "$dir/icu_check" >"$dir/native.txt" || die "ICU check: native run failed (see $dir/native.txt)"
    local wasm_ok=true
    node --no-experimental-fetch "$dir/icu_check.js" "$ICU_PREFIX/share/$ICU_DATA_NAME.dat" \
        >"$dir/wasm.txt" || wasm_ok=false
    if [[ $wasm_ok != true ]] || ! cmp -s "$dir/native.txt" "$dir/wasm.txt"; then
        diff -u "$dir/native.txt" "$dir/wasm.txt" >&2 || true
        die "ICU check FAILED: wasm ICU with $ICU_DATA_NAME.dat differs from native ICU (outputs in $dir)"
    fi
    say "ICU check: native and wasm agree ($(wc -l <"$dir/native.txt") lines, $dir/native.txt)"
}

# ------------------------------------------------------------------ main ----

main() {
    local mode=all
    while (($#)); do
        case $1 in
        --check) mode=check ;;
        --no-check) mode=setup ;;
        -h | --help)
            usage
            return
            ;;
        *) die "unknown argument $1 (see --help)" ;;
        esac
        shift
    done
    local start
    start=$(date +%s)
    load_versions
    if is_debian; then
        [[ $mode == check ]] || install_apt_packages
        check_debian_versions
        use_debian_emscripten
    else
        check_native_tools_elsewhere
        setup_emsdk
    fi
    if [[ $mode != check ]]; then
        install_npm_packages
        fetch_snowball_source
        fetch_gumbo_source
        build_icu_wasm
        report_data_size
    fi
    [[ $mode == setup ]] || run_icu_check
    say "done in $(elapsed_since "$start") s"
}

# Run unless sourced (sourcing gives the functions, e.g. for debugging).
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi
