# Shared by scripts/run, scripts/test and scripts/fuzz. Sourced, not executed.
set -euo pipefail

POSTACI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building and running Postacı needs (Debian 12 package names). publicsuffix is the list
# libpsl reads at run time (docs/architecture.md#public-suffixes); apt-get runs with
# --no-install-recommends, so it is not pulled in by libpsl5.
POSTACI_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev libglx-dev libopengl-dev
    libpsl-dev publicsuffix
    qt6-translations-l10n
    gnome-keyring libsecret-1-0 dbus dbus-bin dbus-daemon
)

# What the test suite needs on top: the real servers, keychain, DNS and peers it talks to.
# Exim is not installed (it conflicts with any other mail server a user may have); scripts/test
# unpacks exim4-daemon-light into the build tree, so only the libraries its binary links are here.
# libnss-wrapper lets that Exim run unprivileged without its system user (tests/support/README.md).
# python3-spf ships the RFC 7208 test suite tst_spfsuite reads (with python3-yaml) at test time.
# fonts-dejavu-core: a real font for the offscreen renders (tst_screenshots_*, tst_accessibility).
POSTACI_TEST_PACKAGES=(
    python3 python3-aiosmtpd openssl ca-certificates
    python3-spf python3-yaml
    libdb5.3 libgnutls-dane0 libgnutls30 libidn12 libidn2-0 libnsl2 libpcre2-8-0 libcrypt1
    libnss-wrapper
    dnsmasq-base iproute2 nftables util-linux procps
    swaks msmtp curl libnet-ssleay-perl libsecret-tools
    xvfb xauth
    desktop-file-utils appstream
    fonts-dejavu-core
    librsvg2-bin bash-completion
)

# What scripts/package needs on top of the build packages to make and check the Debian package
# (debian/, docs/packaging.md). With Rules-Requires-Root: no, no fakeroot is needed.
POSTACI_PACKAGE_PACKAGES=(
    dpkg-dev debhelper lintian
)

# What scripts/fuzz needs on top of the build packages (not the normal build, not scripts/test):
# clang 14 with libFuzzer and the sanitizer runtimes (libclang-rt-14-dev), and llvm-symbolizer
# (llvm-14) so that a sanitizer report names functions and lines (tests/fuzz/README.md).
POSTACI_FUZZ_PACKAGES=(
    clang-14 libclang-rt-14-dev llvm-14
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: '$*' needs root and sudo is not installed; run this script as root or install sudo" >&2
        exit 1
    fi
}

# ensure_packages PKG...: installs (with apt-get) only the packages that are missing.
ensure_packages() {
    local missing=() pkg installed
    # One dpkg-query for all packages keeps the nothing-to-do case fast.
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '/ install ok installed$/ {print $1}' || true)
    for pkg in "$@"; do
        if ! grep -qxF "$pkg" <<<"$installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# build_preset NAME [TARGET...]: configures (once) and builds the given CMake preset: everything,
# or only the given targets and what they need.
build_preset() {
    local preset=$1
    shift
    cd "$POSTACI_ROOT"
    # build.ninja, not CMakeCache.txt: a configure that failed half-way leaves a cache behind.
    if [ ! -f "build/$preset/build.ninja" ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset"
    fi
    log "Building ($preset${*:+: $*})"
    cmake --build --preset "$preset" --parallel "$(nproc)" ${*:+--target "$@"}
}
