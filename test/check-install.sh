#!/bin/sh
# check-install.sh BUILDDIR SRCDIR [RUNNER]: "make install" into a scratch
# prefix, then build the hello example with the installed trapdoor-cc and with
# pkg-config, run both, and compare their first line.  t.h-style case lines.
b=$1 src=$2 runner=$3
. "$(dirname "$0")/lib.sh"

p=$tmp/prefix
make -s -C "$b" install prefix="$p" DESTDIR= >"$tmp/log" 2>&1
check install_exit_status 0 $?
for f in bin/trapdoor-cc lib/libtrapdoor.a lib/crt1.o lib/pkgconfig/trapdoor.pc \
	lib/trapdoor.specs lib/libm.a lib/libpthread.a lib/libxnet.a \
	include/unistd.h include/bits/syscall.h; do
	if [ -e "$p/$f" ]; then case_line "installed $f" ok; else case_line "installed $f" fail missing; fi
done
make -s -C "$b" install prefix=/opt/td DESTDIR="$tmp/stage" >"$tmp/log" 2>&1
check destdir_install_exit_status 0 $?
check destdir_wrapper_names_prefix yes \
	"$(grep -q '^lib="/opt/td/lib"' "$tmp/stage/opt/td/bin/trapdoor-cc" && echo yes)"

want="hello from trapdoor: argc=1 argv[0]=$tmp/hello"
"$p/bin/trapdoor-cc" -O2 -o "$tmp/hello" "$src/examples/hello.c" 2>"$tmp/err"
check installed_wrapper_builds 0 $?
check installed_wrapper_runs "$want" "$($runner "$tmp/hello" | head -n 1)"

cc=$(sed -n 's/^cc="\(.*\)"$/\1/p' "$p/bin/trapdoor-cc")
PKG_CONFIG_PATH=$p/lib/pkgconfig pkg-config --exists trapdoor
check pkg_config_finds_trapdoor 0 $?
# pkg-config puts Libs after Cflags; the source must come before the libraries.
cflags=$(PKG_CONFIG_PATH=$p/lib/pkgconfig pkg-config --cflags trapdoor)
libs=$(PKG_CONFIG_PATH=$p/lib/pkgconfig pkg-config --libs trapdoor)
$cc $cflags -O2 -o "$tmp/hello" "$src/examples/hello.c" $libs 2>"$tmp/err"
check pkg_config_builds 0 $?
check pkg_config_binary_runs "$want" "$($runner "$tmp/hello" | head -n 1)"

finish
