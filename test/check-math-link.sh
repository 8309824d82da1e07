#!/bin/sh
# check-math-link.sh BUILDDIR SRCDIR [RUNNER]: a program calling sqrt, floor
# and fmod, linked with -lm by trapdoor-cc and by the installed trapdoor.pc,
# takes them from libtrapdoor.a (libm.a is empty, as musl's): the linker's
# trace and map name no file outside trapdoor's lib directory but libgcc,
# and the program prints the right values.  t.h-style case lines.
b=$1 src=$2 runner=$3
cc=$b/bin/trapdoor-cc
. "$(dirname "$0")/lib.sh"

cat >"$tmp/m.c" <<'EOT'
#include <math.h>
#include <stdio.h>

int main(void)
{
	volatile double two = 2, x = -2.5, y = 7.5;

	printf("%.17g %g %g\n", sqrt(two), floor(x), fmod(y, two));
	return 0;
}
EOT
want="1.4142135623730951 -3 1.5"

# Compiled first: the compiler's own temporary object would be in the trace.
"$cc" -O2 -fno-builtin -c "$tmp/m.c" -o "$tmp/m.o"
check compile 0 $?
"$cc" "$tmp/m.o" -o "$tmp/m" -lm -Wl,--trace -Wl,-Map="$tmp/map" >"$tmp/raw" 2>"$tmp/err"
check link_with_-lm "0 " "$? $(head -c 200 "$tmp/err" | tr '\n' ' ')"
libgcc=$("$cc" -print-libgcc-file-name 2>/dev/null)
sed 's/(.*)$//' "$tmp/raw" | sort -u >"$tmp/trace"
bad=$(grep -v -e "^$b/lib/" -e "^$tmp/" ${libgcc:+-e "^$libgcc\$"} "$tmp/trace" | head -n 3 | tr '\n' ' ')
check trace_only_trapdoor_and_libgcc "" "$bad"
check trace_names_trapdoor_libm yes "$(grep -q -x -F "$b/lib/libm.a" "$tmp/trace" && echo yes)"
# "linker stubs" (aarch64, arm, ppc64le) is the linker's own, no file.
bad=$(sed -n 's/^LOAD //p' "$tmp/map" | grep -v -e "^$b/lib/" -e "^$tmp/" -e "^linker stubs\$" \
	${libgcc:+-e "^$libgcc\$"} |
	head -n 3 | tr '\n' ' ')
check map_loads_only_trapdoor_and_libgcc "" "$bad"
# i: an indirect function (x86_64's floor, docs/internals.md).
defs=$(nm "$tmp/m" | awk '$2 ~ /^[TWi]$/ && ($3 == "sqrt" || $3 == "floor" || $3 == "fmod") { print $3 }' |
	sort | tr '\n' ' ')
check math_functions_defined_in_program "floor fmod sqrt " "$defs"
check program_runs "$want" "$($runner "$tmp/m")"

# The installed pkg-config file's -L puts trapdoor's libm.a before any other.
p=$tmp/prefix
make -s -C "$b" install prefix="$p" DESTDIR= >"$tmp/log" 2>&1
check install_exit_status 0 $?
ccp=$(sed -n 's/^cc="\(.*\)"$/\1/p' "$p/bin/trapdoor-cc")
libs=$(PKG_CONFIG_PATH=$p/lib/pkgconfig pkg-config --libs trapdoor)
$ccp -o "$tmp/mp" "$tmp/m.o" $libs -lm -Wl,--trace >"$tmp/raw" 2>"$tmp/err"
check pkg_config_link_with_-lm "0 " "$? $(head -c 200 "$tmp/err" | tr '\n' ' ')"
sed 's/(.*)$//' "$tmp/raw" | sort -u >"$tmp/trace"
check pkg_config_-lm_is_trapdoors yes "$(grep -q -x -F "$p/lib/libm.a" "$tmp/trace" && echo yes)"
bad=$(grep -v -e "^$p/lib/" -e "^$tmp/" ${libgcc:+-e "^$libgcc\$"} "$tmp/trace" | head -n 3 | tr '\n' ' ')
check pkg_config_trace_only_trapdoor_and_libgcc "" "$bad"
check pkg_config_program_runs "$want" "$($runner "$tmp/mp")"

finish
