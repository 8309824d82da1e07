#!/bin/sh
# check-headers.sh INCDIR CC...: every public header must compile on its own,
# with -Wall -Wextra -Werror, under each compiler given (each a quoted
# command line).  Prints one t.h-style case line per header and compiler.
inc=$1
shift
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0 pass=0 fail=0
for cc; do
	for h in $(cd "$inc" && find . -name '*.h' | sed 's|^\./||' | sort); do
		n=$((n + 1))
		printf '#include <%s>\nint header_check_%d;\n' "$h" "$n" >"$tmp/t.c"
		name="header $h (${cc%% *})"
		if $cc -Wall -Wextra -Werror -pedantic -c "$tmp/t.c" -o "$tmp/t.o" 2>"$tmp/err"; then
			printf '%4d %-52s [OK]\n' "$n" "$name"
			pass=$((pass + 1))
		else
			printf '%4d %-52s [FAIL] %s\n' "$n" "$name" "$(head -c 300 "$tmp/err" | tr '\n' ' ')"
			fail=$((fail + 1))
		fi
	done
done
echo "$pass passed, $fail failed, 0 skipped"
[ $fail -eq 0 ]
