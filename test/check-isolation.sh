#!/bin/sh
# check-isolation.sh BUILDDIR CC_INCDIR LIBGCC [RUNNER]: bin/trapdoor-cc compiles
# against trapdoor's headers and the compiler's freestanding ones only, and
# links trapdoor's crt1.o, libtrapdoor.a and libgcc only: no host libc
# header, object or symbol, -lm and the like from trapdoor's directory, no
# host library directory searched; implicit declarations are errors by
# default.  t.h-style case lines.
b=$1 ccinc=$2 libgcc=$3 runner=$4
cc=$b/bin/trapdoor-cc
. "$(dirname "$0")/lib.sh"
# Lines of file $2 that are not under one of the directories that follow.
outside() {
	name=$1 file=$2
	shift 2
	bad=$(while read -r p; do
		ok=no
		for d; do
			case $p in "$d" | "$d"/*) ok=yes ;; esac
		done
		[ $ok = yes ] || echo "$p"
	done <"$file" | head -n 3 | tr '\n' ' ')
	check "$name" "" "$bad"
}

# A program that includes every public header.
(cd "$b/include" && find . -name '*.h' | sed 's|^\./||' | sort) |
	sed 's/.*/#include <&>/' >"$tmp/prog.c"
cat >>"$tmp/prog.c" <<'EOT'
int main(void)
{
	const char msg[] = "isolated\n";

	return write(STDOUT_FILENO, msg, strlen(msg)) == (ssize_t)strlen(msg) ? 0 : 1;
}
EOT

"$cc" -H -O2 -c "$tmp/prog.c" -o "$tmp/prog.o" 2>"$tmp/h"
check compile_all_public_headers 0 $?
sed -n 's/^\.\.* //p' "$tmp/h" | sort -u >"$tmp/headers"
check headers_seen_by_-H yes "$([ -s "$tmp/headers" ] && echo yes)"
outside headers_only_trapdoor_or_freestanding "$tmp/headers" "$b/include" "$ccinc"

"$cc" -v -E - </dev/null 2>&1 >/dev/null |
	sed -n '/search starts here:/,/End of search list/p' | sed -n 's/^ //p' >"$tmp/dirs"
check include_search_list_seen yes "$([ -s "$tmp/dirs" ] && echo yes)"
# The list may name a directory through "..": compare real paths.
while read -r d; do (cd "$d" 2>/dev/null && pwd -P); done <"$tmp/dirs" >"$tmp/realdirs"
outside include_search_list_only_trapdoor "$tmp/realdirs" "$(cd "$b/include" && pwd -P)" \
	"$(cd "$ccinc" && pwd -P)"

printf '#include <gnu/libc-version.h>\n' >"$tmp/host.c"
"$cc" -c "$tmp/host.c" -o "$tmp/host.o" 2>"$tmp/err"
# gcc: "gnu/libc-version.h: No such file ..."; clang: "'gnu/libc-version.h' file not found".
check host_libc_header_not_found yes "$(grep -q -e 'gnu/libc-version.h: No such file' \
	-e "'gnu/libc-version.h' file not found" "$tmp/err" && echo yes)"

# The linker prints the trace on stdout; the compiler's warnings go to stderr.
"$cc" -O2 "$tmp/prog.o" -o "$tmp/prog" -Wl,--trace >"$tmp/raw" 2>"$tmp/err"
check link_status 0 $?
# lld names archive members, "lib.a(member.o)": the archive is what counts.
sed 's/(.*)$//' "$tmp/raw" | sort -u >"$tmp/trace"
"$cc" -Werror "$tmp/prog.o" -o "$tmp/prog2" 2>"$tmp/err"
check link_objects_only_under_-Werror "0 " "$? $(head -c 200 "$tmp/err" | tr '\n' ' ')"
bad=$(grep -v -x -F -e "$b/lib/crt1.o" -e "$tmp/prog.o" -e "$b/lib/libtrapdoor.a" \
	${libgcc:+-e "$libgcc"} "$tmp/trace" | head -n 3 | tr '\n' ' ')
check linked_only_crt1_program_libtrapdoor_libgcc "" "$bad"

check binary_is_static_exec "EXEC,0" \
	"$(readelf -h "$tmp/prog" | sed -n 's/^ *Type: *\([A-Z]*\).*/\1/p'),$(readelf -lW "$tmp/prog" | grep -c -e INTERP -e DYNAMIC)"
glibc=$(nm "$tmp/prog" 2>/dev/null | grep -E ' (_IO_stdin_used|__libc_csu_init|__libc_setup_tls|_dl_relocate_static_pie|_dl_aux_init|_nl_C_locobj|__libc_multiple_libcs|_IO_2_1_stdout_)$' |
	head -n 3 | tr '\n' ' ')
check no_glibc_symbols "" "$glibc"
check no_glibc_strings 0 "$(strings -a "$tmp/prog" | grep -c -e GLIBC -e 'GNU C Library')"
check own_write_linked yes "$(nm "$tmp/prog" | grep -q ' [TW] write$' && echo yes)"
check program_runs isolated "$($runner "$tmp/prog")"

# The -l names a program adds out of habit link trapdoor's own (empty) archives.
extra="m pthread rt dl util crypt resolv xnet"
"$cc" -O2 "$tmp/prog.o" -o "$tmp/prog-l" $(for l in $extra; do echo "-l$l"; done) \
	-Wl,--trace >"$tmp/raw" 2>"$tmp/err"
check link_-lm_-lpthread_etc_status "0 " "$? $(head -c 200 "$tmp/err" | tr '\n' ' ')"
sed 's/(.*)$//' "$tmp/raw" | sort -u >"$tmp/trace"
bad=$(grep -v -x -F -e "$b/lib/crt1.o" -e "$tmp/prog.o" -e "$b/lib/libtrapdoor.a" \
	$(for l in $extra; do echo "-e $b/lib/lib$l.a"; done) ${libgcc:+-e "$libgcc"} "$tmp/trace" |
	head -n 3 | tr '\n' ' ')
check -l_links_nothing_from_the_host "" "$bad"
check -l_program_runs isolated "$($runner "$tmp/prog-l")"

# The only library directories are trapdoor's and the caller's: not the
# compiler's, not the linker script's, not LIBRARY_PATH's.
"$cc" -v "$tmp/prog.o" -o "$tmp/prog-v" 2>&1 | tr ' ' '\n' | tr -d '"' | sed -n 's/^-L//p' |
	sort -u >"$tmp/ldirs"
check link_search_dirs_only_trapdoors "$b/lib" "$(tr '\n' ' ' <"$tmp/ldirs" | sed 's/ $//')"
mkdir "$tmp/hostlib"
printf 'int bogus_lib_fn(void) { return 0; }\n' >"$tmp/bogus.c"
"$cc" -c "$tmp/bogus.c" -o "$tmp/bogus.o" && ar rcs "$tmp/hostlib/libbogus.a" "$tmp/bogus.o"
LIBRARY_PATH=$tmp/hostlib "$cc" "$tmp/prog.o" -o "$tmp/prog-b" -lbogus 2>"$tmp/err"
check library_path_not_searched "1 yes" "$? $(grep -q -e 'lbogus' "$tmp/err" && echo yes)"
"$cc" -L"$tmp/hostlib" "$tmp/prog.o" -o "$tmp/prog-b" -lbogus 2>"$tmp/err"
check caller_-L_searched 0 $?

# An undeclared function or a defaulted int is an error; a later flag may say otherwise.
printf 'int main(void)\n{\n\treturn undeclared_fn();\n}\n' >"$tmp/undeclared.c"
"$cc" -c "$tmp/undeclared.c" -o "$tmp/undeclared.o" 2>"$tmp/err"
check undeclared_function_fails "1 yes" \
	"$? $(grep -q -e 'implicit-function-declaration' "$tmp/err" && echo yes)"
"$cc" -Wno-error=implicit-function-declaration -c "$tmp/undeclared.c" -o "$tmp/undeclared.o" \
	2>"$tmp/err"
check undeclared_function_override 0 $?
printf 'static f(void)\n{\n\treturn 0;\n}\n\nint main(void)\n{\n\treturn f();\n}\n' >"$tmp/int.c"
"$cc" "$tmp/int.c" -o "$tmp/int" 2>"$tmp/err"
check implicit_int_fails "1 yes" "$? $(grep -q -e 'implicit-int' "$tmp/err" && echo yes)"
"$cc" -Wno-error=implicit-int "$tmp/int.c" -o "$tmp/int" 2>"$tmp/err"
check implicit_int_override 0 $?

finish
