#!/bin/sh
# check-sources.sh SRCDIR: rules of the developers' guide a grep can check.
# Private declarations live in src/internal headers only: no .c file of the
# library or of crt/ declares an extern object or a __name's prototype at
# file scope.  The shell's path is written once (SHELL_PATH, process.h).
# t.h-style case lines.
src=$1
. "$(dirname "$0")/lib.sh"

find "$src/src" "$src/crt" -name '*.c' | sort >"$tmp/files"

bad=$(xargs grep -n -E '^extern ' <"$tmp/files" | sed "s|^$src/||" | head -n 3 | tr '\n' ' ')
check no_extern_declaration_in_c_files "" "$bad"

# A prototype at file scope: a line from column 0 to ");" naming a __name.
bad=$(xargs grep -n -E '^[A-Za-z_][A-Za-z0-9_ *]*[ *]__[A-Za-z0-9_]+\([^;{]*\);$' <"$tmp/files" |
	grep -v -E ':(static|typedef|hidden weak_alias|weak_alias)' | sed "s|^$src/||" | head -n 3 |
	tr '\n' ' ')
check no_private_prototype_in_c_files "" "$bad"

bad=$(grep -rn -F '"/bin/sh"' "$src/src" | grep -v "^$src/src/internal/process.h:" |
	sed "s|^$src/||" | head -n 3 | tr '\n' ' ')
check shell_path_written_once "" "$bad"

finish
