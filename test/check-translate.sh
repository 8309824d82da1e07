#!/bin/sh
# check-translate.sh BUILDDIR SRCDIR ARCH "CC": bin/td-translate runs a
# program numbered otherwise (test/translate/foreign.c built against a
# scrambled copy of the arch's table: names in alphabetical order, numbered
# from 0, colliding with Linux's numbers) and follows what it forks and execs.
# t.h-style case lines.
b=$1 src=$2 arch=$3 cc=$4
. "$(dirname "$0")/lib.sh"
linux=$src/arch/$arch/syscall.tbl
td=$b/bin/td-translate

# The Linux number of getpid is a hole in the scrambled table: calling it
# must give ENOSYS, not the pid.  "td_only", a name Linux lacks, closes it.
hole=$(awk '$1 == "getpid" { print $2 }' "$linux")
grep -v '^#' "$linux" | awk 'NF == 2 { print $1 }' | LC_ALL=C sort |
	awk -v hole="$hole" '{ if (n == hole) n++; print $1, n++ } END { print "td_only", n }' \
		>"$tmp/foreign.tbl"
only=$(awk '$1 == "td_only" { print $2 }' "$tmp/foreign.tbl")
sh "$src/tools/mksyscalls" "$tmp/foreign.tbl" >"$tmp/foreign_syscall.h"
check scrambled_write_differs yes \
	"$(awk '$1 == "write" { print $2 }' "$tmp/foreign.tbl" "$linux" | uniq | wc -l |
		sed 's/ //g; s/^2$/yes/')"

$cc -static -nostdlib -nostdinc -ffreestanding -fno-stack-protector -fno-pie -no-pie -O2 \
	-isystem "$b/include" -isystem "$($cc -print-file-name=include)" -iquote "$src/arch/$arch" \
	-include "$tmp/foreign_syscall.h" -DLINUX_GETPID="$hole" -DFOREIGN_ONLY="$only" \
	"$src/test/translate/foreign.c" -o "$tmp/foreign" 2>"$tmp/cc.err"
check foreign_program_builds "" "$(cat "$tmp/cc.err")"

# run CASE MODE WANT_OUTPUT WANT_STATUS
run() {
	out=$("$td" --from "$tmp/foreign.tbl" --to "$linux" "$tmp/foreign" "$2" 2>&1)
	st=$?
	check "$1" "$3 / $4" "$out / $st"
}
run write_translated write translated 42
run unknown_numbers_enosys unknown "ENOSYS ENOSYS" 0
run fork_child_followed fork "child
exit 7" 0
run exec_followed exec "exec'd image" 5
run fork_exec_followed fork-exec "exec'd image
exit 5" 0
# Death by signal: the translator dies of it too (perl reads the wait status).
check signal_passes_through "signal 15" "$(perl -e 'system @ARGV;
	print $? & 127 ? "signal " . ($? & 127) : "exit " . ($? >> 8)' \
	"$td" --from "$tmp/foreign.tbl" --to "$linux" "$tmp/foreign" signal 2>&1)"

# Same numbering both ways: a Linux program runs as it is.
out=$("$td" --from "$linux" --to "$linux" /bin/sh -c 'echo "$0"; exit 3' linux 2>&1)
check identity_host_program "linux / 3" "$out / $?"
"$td" --from "$linux" --to "$linux" /nonexistent/prog 2>"$tmp/err"
check missing_prog_127 "127 td-translate: /nonexistent/prog: No such file or directory" \
	"$? $(cat "$tmp/err")"
"$td" --from /nonexistent.tbl "$tmp/foreign" write 2>"$tmp/err"
check missing_table_125 "125 td-translate: /nonexistent.tbl: No such file or directory" \
	"$? $(cat "$tmp/err")"
printf 'write one\n' >"$tmp/bad.tbl"
"$td" --from "$tmp/bad.tbl" "$tmp/foreign" write 2>"$tmp/err"
check malformed_table_125 "125 td-translate: $tmp/bad.tbl:1: expected \"name number\"" \
	"$? $(cat "$tmp/err")"
finish
