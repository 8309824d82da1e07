# Sourced by the host-side test scripts (test/check-*.sh): a scratch
# directory in $tmp, removed on exit, and case lines in test/t.h's format,
# closed by finish with t.h's count line and the exit status.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0 pass=0 fail=0 skipped=0

# case_line NAME ok|fail|skip [DETAIL]
case_line() {
	n=$((n + 1))
	case $2 in
	ok) printf '%4d %-52s [OK]\n' "$n" "$1"; pass=$((pass + 1)) ;;
	skip) printf '%4d %-52s [SKIP] %s\n' "$n" "$1" "$3"; skipped=$((skipped + 1)) ;;
	*) printf '%4d %-52s [FAIL] %s\n' "$n" "$1" "$3"; fail=$((fail + 1)) ;;
	esac
}

# check NAME WANT GOT
check() {
	if [ "$2" = "$3" ]; then case_line "$1" ok; else case_line "$1" fail "want '$2', got '$3'"; fi
}

finish() {
	echo "$pass passed, $fail failed, $skipped skipped"
	[ $fail -eq 0 ]
}
