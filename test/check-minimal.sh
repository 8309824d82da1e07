#!/bin/sh
# check-minimal.sh BUILDDIR SRCDIR ARCH [RUNNER]: the whole library builds
# with only the minimum set of calls (kernels/minimal/ARCH.tbl), make says
# how many public functions return ENOSYS and lists them, and
# test/kernel/enosys.c (hello, malloc, realloc, absent calls) runs on it.
# The scratch build tree is BUILDDIR/test/minimal, kept between runs.
b=$1 src=$2 arch=$3 runner=$4
. "$(dirname "$0")/lib.sh"
table=$src/kernels/minimal/$arch.tbl
kernel=$(sed -n 's/^KERNEL = //p' "$b/config.mak")
if [ ! -f "$table" ] || [ "${kernel:-linux}" != linux ]; then
	case_line minimal_build skip "${kernel:-linux} build, or no kernels/minimal/$arch.tbl"
	finish
	exit
fi
cc=$(sed -n 's/^CC = //p' "$b/config.mak")
d=$b/test/minimal
mkdir -p "$d"
(cd "$d" && "$src/configure" --syscalls=minimal CC="$cc" ${runner:+RUNNER="$runner"}) >"$tmp/conf" 2>&1
check minimal_configure 0 $?
make -C "$d" -j2 --no-print-directory all >"$tmp/make" 2>&1
check minimal_library_builds 0 $?
rm -f "$d/enosys.txt"
make -C "$d" --no-print-directory all >"$tmp/make" 2>&1
line=$(grep 'public functions return ENOSYS with this table' "$tmp/make")
count=${line%% *}
check minimal_report_one_line 1 "$(grep -c 'return ENOSYS' "$tmp/make")"
check minimal_report_counts_list "$count" "$(wc -l <"$d/enosys.txt" | tr -d ' ')"
for f in getpid fork open kill; do
	check "minimal_report_lists_$f" yes "$(grep -qx "$f" "$d/enosys.txt" && echo yes || echo no)"
done
for f in write malloc printf exit _Exit; do
	check "minimal_report_omits_$f" no "$(grep -qx "$f" "$d/enosys.txt" && echo yes || echo no)"
done
"$d/bin/trapdoor-cc" -std=c11 -O2 -Wall -Wextra -Werror -I"$src/test" \
	"$src/test/kernel/enosys.c" -o "$tmp/enosys" 2>"$tmp/cc"
check minimal_test_builds 0 $?
$runner "$tmp/enosys" >"$tmp/out" 2>&1
check minimal_test_exit_status 0 $?
check minimal_test_cases "0 failed" "$(grep -o '0 failed' "$tmp/out")"
check minimal_hello "hello from trapdoor" "$(tail -n 1 "$tmp/out")"
finish
