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

# Every spelling tools/targets lists for an arch with a port, on a machine
# with its cross compiler: the arch, its qemu runner and its compiler.
host=$(cd "$tmp/defaults" && sed -n 's/^ARCH = //p' config.mak)
grep -v '^#' "$src/tools/targets" >"$tmp/targets"
while read -r arch triple qemu pkg hdr spellings; do
	[ -f "$src/arch/$arch/syscall_arch.h" ] && [ "$arch" != "$host" ] || continue
	if ! command -v "$triple-gcc" >/dev/null; then
		case_line "spelling_$arch" skip "no $triple-gcc here ($pkg)"
		continue
	fi
	for t in $(for s in $arch $spellings; do echo "$s-linux-gnu"; done | grep -v -x "$triple") "$triple"; do
		configure_in "sp-$t" --target="$t"
		want_cc="$triple-gcc"
		[ ! -f "$src/arch/$arch/cflags" ] || want_cc="$want_cc $(cat "$src/arch/$arch/cflags")"
		check "target_${t}_maps_to_$arch" "0 $arch $want_cc $qemu" \
			"$rc $(sed -n 's/^ARCH = //p; s/^CC = //p; s/^RUNNER = //p' "$tmp/sp-$t/config.mak" |
				tr '\n' ' ' | sed 's/ $//')"
	done
done <"$tmp/targets"

configure_in recorded RUNNER=/opt/qemu/bin/qemu-x86_64 SYSCALL_TABLE="$src/arch/aarch64/syscall.tbl"
check records_runner "RUNNER = /opt/qemu/bin/qemu-x86_64" "$(grep '^RUNNER = ' "$tmp/recorded/config.mak")"
check records_syscall_table "SYSCALL_TABLE = $src/arch/aarch64/syscall.tbl" \
	"$(grep '^SYSCALL_TABLE = ' "$tmp/recorded/config.mak")"
check default_syscall_table "SYSCALL_TABLE = $src/arch/$host/syscall.tbl" \
	"$(grep '^SYSCALL_TABLE = ' "$tmp/defaults/config.mak")"
fails missing_table "no syscall table" SYSCALL_TABLE=/nonexistent.tbl
fails missing_table_option "no syscall table" --syscalls=/nonexistent.tbl
fails unknown_kernel "unknown kernel 'nosuch'" --syscalls=nosuch
fails both_tables "not both" --syscalls=linux SYSCALL_TABLE=/x.tbl
check default_kernel "KERNEL = linux" "$(grep '^KERNEL = ' "$tmp/defaults/config.mak")"
if [ -f "$src/kernels/hermit/$host.tbl" ]; then
	configure_in hermit --syscalls=hermit
	check kernel_by_name "0 SYSCALL_TABLE = $src/kernels/hermit/$host.tbl KERNEL = hermit" \
		"$rc $(grep -e '^SYSCALL_TABLE = ' -e '^KERNEL = ' "$tmp/hermit/config.mak" | tr '\n' ' ' | sed 's/ $//')"
fi
printf 'write 1\nexit 60\n' >"$tmp/own.tbl"
configure_in own --syscalls="$tmp/own.tbl"
check table_of_your_own "0 SYSCALL_TABLE = $tmp/own.tbl KERNEL = custom KERNEL_SHIM = " \
	"$rc $(grep -e '^SYSCALL_TABLE = ' -e '^KERNEL' "$tmp/own/config.mak" | tr '\n' ' ' | sed 's/ $//')"
configure_in traced --enable-trace
check records_trace "TRACE = yes" "$(grep '^TRACE = ' "$tmp/traced/config.mak")"
check default_no_trace "TRACE = no" "$(grep '^TRACE = ' "$tmp/defaults/config.mak")"

# No clang fallback that cannot link: with no cross gcc on PATH and a clang
# that compiles but does not link, configure stops and names the gcc package.
if command -v clang >/dev/null; then
	mkdir "$tmp/bin"
	for t in sh mktemp mkdir dirname uname cat rm cut grep sed awk tr wc ld.lld; do
		p=$(command -v $t) && ln -s "$p" "$tmp/bin/$t"
	done
	printf '#!/bin/sh\ncase " $* " in *" -c "* | *-dumpmachine* | *-print-*) exec %s "$@" ;; esac\nexit 1\n' \
		"$(command -v clang)" >"$tmp/bin/clang"
	chmod +x "$tmp/bin/clang"
	other=aarch64
	[ "$host" != aarch64 ] || other=x86_64
	set -- $(grep "^$other " "$tmp/targets")
	saved_path=$PATH PATH=$tmp/bin
	fails clang_cannot_link "no working compiler" --target="$2"
	PATH=$saved_path
	check clang_cannot_link_names_package yes \
		"$(grep -q "cannot link.*apt-get install $4\$" "$tmp/err" && echo yes)"
else
	case_line clang_cannot_link skip "no clang here"
fi

finish
