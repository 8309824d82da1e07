#!/bin/sh
# check-ssp.sh BUILDDIR NM: the library's objects check the stack canary
# (-fstack-protector-strong: a frame with a local array calls
# __stack_chk_fail when the canary it saved has changed), except the
# start-up code that runs before the canary is set.  t.h-style case lines.
b=$1 nm=${2:-nm}
. "$(dirname "$0")/lib.sh"

# The objects, by file name, that call __stack_chk_fail (or i386's PIC __stack_chk_fail_local).
"$nm" -A "$b/lib/libtrapdoor.a" "$b/lib/crt1.o" 2>/dev/null |
	sed -n 's/:[^:]* U __stack_chk_fail\(_local\)\{0,1\}$//p' | sed 's/.*[:/]//' | sort -u >"$tmp/protected"

protected() {
	if grep -qx "$1" "$tmp/protected"; then echo yes; else echo no; fi
}

for o in crt1.o __libc_start_main.o __init_ssp.o __init_tls.o getauxval.o; do
	check "startup_unprotected_$o" no "$(protected $o)"
done
# Frames with local arrays: printf's conversion core and dprintf's buffer.
for o in __vformat.o __vdprintf_ops.o; do
	check "array_frame_protected_$o" yes "$(protected $o)"
done
count=$(wc -l <"$tmp/protected")
check "protected_objects_at_least_20" yes "$([ "$count" -ge 20 ] && echo yes || echo "no ($count)")"
finish
