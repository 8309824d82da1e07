#!/bin/sh
# check-configure.sh SRCDIR: configure's options, its errors (each a clear
# one-line message and exit status 1) and what it records in config.mak.
# Runs configure in scratch directories only.  t.h-style case lines.
src=$1
# The defaults under test are those of a clean environment.
unset CC CFLAGS CROSS_COMPILE
. "$(dirname "$0")/lib.sh"
# configure_in DIR ARGS...: run configure in a fresh DIR; status in $rc, stderr in $tmp/err.
configure_in() {
	d=$tmp/$1
	shift
	mkdir -p "$d"
	(cd "$d" && "$src/configure" "$@") >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# fails NAME MESSAGE ARGS...: configure exits 1 with MESSAGE on one stderr line.
fails() {
	name=$1 msg=$2
	shift 2
	configure_in "$name" "$@"
	check "${name}_status_1" 1 "$rc"
	check "${name}_one_line_message" "1 yes" \
		"$(wc -l <"$tmp/err" | tr -d ' ') $(grep -q -F -e "$msg" "$tmp/err" && echo yes)"
	check "${name}_writes_no_config" no "$([ -e "$tmp/$name/config.mak" ] && echo yes || echo no)"
}

fails unknown_option "unknown option '--bogus'" --bogus
fails unsupported_arch "unsupported target 'mips-linux-gnu'" --target=mips-linux-gnu
fails not_linux "unsupported target 'x86_64-freebsd'" --target=x86_64-freebsd
fails no_compiler "no working compiler" CC=/nonexistent/cc
check no_compiler_names_host_package yes \
	"$(grep -q 'apt-get install gcc$' "$tmp/err" && echo yes)"

(cd "$src" && sh ./configure) >/dev/null 2>"$tmp/err"
check in_tree_refused_status 1 $?
check in_tree_refused_message yes "$(grep -q 'build out of tree' "$tmp/err" && echo yes)"

configure_in help --help
check help_status 0 "$rc"
check help_names_options yes \
	"$(grep -q -e '--target=ARCH-linux-gnu' "$tmp/out" && grep -q -e '--prefix=DIR' "$tmp/out" &&
		grep -q CROSS_COMPILE "$tmp/out" && echo yes)"

configure_in defaults
check defaults_status 0 "$rc"
check default_prefix "prefix = /usr/local/trapdoor" "$(grep '^prefix = ' "$tmp/defaults/config.mak")"
check default_target "ARCH = $(uname -m)" "$(grep '^ARCH = ' "$tmp/defaults/config.mak")"
check default_cflags "CFLAGS = -O2" "$(grep '^CFLAGS = ' "$tmp/defaults/config.mak")"
check native_has_no_runner "RUNNER = " "$(grep '^RUNNER = ' "$tmp/defaults/config.mak")"
check records_source_tree "srcdir = $src" "$(grep '^srcdir = ' "$tmp/defaults/config.mak")"

configure_in chosen --prefix=/opt/td CFLAGS=-O1
check chosen_prefix "prefix = /opt/td" "$(grep '^prefix = ' "$tmp/chosen/config.mak")"
check chosen_cflags "CFLAGS = -O1" "$(grep '^CFLAGS = ' "$tmp/chosen/config.mak")"

if command -v aarch64-linux-gnu-gcc >/dev/null && [ "$(uname -m)" != aarch64 ]; then
	configure_in cross --target=aarch64-linux-gnu
	check cross_status 0 "$rc"
	check cross_arch "ARCH = aarch64" "$(grep '^ARCH = ' "$tmp/cross/config.mak")"
	check cross_runner "RUNNER = qemu-aarch64" "$(grep '^RUNNER = ' "$tmp/cross/config.mak")"
	check cross_compiler "CC = aarch64-linux-gnu-gcc" "$(grep '^CC = ' "$tmp/cross/config.mak")"
	configure_in prefix --target=aarch64-linux-gnu CROSS_COMPILE=aarch64-linux-gnu-
	check cross_compile_prefix "CC = aarch64-linux-gnu-gcc" "$(grep '^CC = ' "$tmp/prefix/config.mak")"
	fails wrong_compiler "builds for" --target=aarch64-linux-gnu CC=cc
else
	case_line cross_configure skip "no aarch64-linux-gnu-gcc here"
fi

finish
