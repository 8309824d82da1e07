#!/bin/sh
# check-headers.sh INCDIR CC...: every public header must compile on its own,
# with -Wall -Wextra -Werror, under each compiler given (each a quoted
# command line).  Prints one t.h-style case line per header and compiler.
inc=$1
shift
. "$(dirname "$0")/lib.sh"
for cc; do
	for h in $(cd "$inc" && find . -name '*.h' | sed 's|^\./||' | sort); do
		printf '#include <%s>\nint header_check_%d;\n' "$h" "$n" >"$tmp/t.c"
		name="header $h (${cc%% *} ${cc##* })"
		if $cc -Wall -Wextra -Werror -pedantic -c "$tmp/t.c" -o "$tmp/t.o" 2>"$tmp/err"; then
			case_line "$name" ok
		else
			case_line "$name" fail "$(head -c 300 "$tmp/err" | tr '\n' ' ')"
		fi
	done
done
finish
