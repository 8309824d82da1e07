#!/bin/sh
# check-printf-link.sh BUILDDIR: what stdio.h's printf macros link, program
# by program: the floating-point formatter (__fmt_fp) only for a call with
# a floating-point argument or a use the macros cannot see, strerror only
# when a format may hold %m.  t.h-style case lines.
b=$1
cc=$b/bin/trapdoor-cc
. "$(dirname "$0")/lib.sh"
# A trace build (configure --enable-trace) links strerror into every
# program: each system call's trace line may name its error.
trace=$(sed -n 's/^TRACE = //p' "$b/config.mak")

# links NAME FLAGS WANT BODY: WANT is "fp strerror" as yes/no for each.
links() {
	name=$1 flags=$2 want=$3
	[ "$trace" != yes ] || want="${want% *} yes"
	printf '#include <stdio.h>\nint main(int argc, char **argv)\n{\n\t(void)argc;\n\t(void)argv;\n\t%s\n\treturn 0;\n}\n' \
		"$4" >"$tmp/$name.c"
	if ! "$cc" -std=c11 -Wall -Wextra -Werror $flags "$tmp/$name.c" -o "$tmp/$name" 2>"$tmp/err"; then
		case_line "$name" fail "$(head -c 300 "$tmp/err" | tr '\n' ' ')"
		return
	fi
	nm "$tmp/$name" >"$tmp/syms"
	fp=no err=no
	grep -q ' __fmt_fp$' "$tmp/syms" && fp=yes
	grep -q ' strerror$' "$tmp/syms" && err=yes
	check "$name" "$want" "$fp $err"
}

links ints_literal -O2 "no no" 'printf("hello, %s %d\n", "world", argc);'
links ints_literal_O0 -O0 "no no" 'printf("hello, %s %d\n", "world", argc);'
links ints_literal_Os -Os "no no" 'printf("hello, %s %d\n", "world", argc);'
links every_lean_twin -O2 "no no" 'char b[8], *p; fprintf(stderr, "%d", 1); dprintf(1, "%d", 2);
	sprintf(b, "%d", 3); snprintf(b, sizeof b, "%d", 4); asprintf(&p, "%d", 5);'
links percent_m_literal -O2 "no yes" 'fprintf(stderr, "mount: %m\n");'
links percent_m_literal_O0 -O0 "no yes" 'fprintf(stderr, "mount: %m\n");'
links letter_m_before_percent -O2 "no no" 'printf("mode %d\n", argc);'
links letter_m_after_percent -O2 "no yes" 'printf("%d: no such command\n", argc);'
links letter_m_no_percent -O2 "no no" 'printf("mount\n");'
links format_in_variable -O2 "no yes" 'const char *f = argc > 1 ? "%d\n" : "%x\n"; printf(f, argc);'
links double_argument -O2 "yes yes" 'printf("%d %g\n", argc, argc / 3.0);'
links float_argument_O0 -O0 "yes yes" 'float x = 0.5f; snprintf(0, 0, "%f", x);'
links long_double_argument -O2 "yes yes" 'long double x = argc; printf("%Lf\n", x);'
links address_of_printf -O2 "yes yes" 'int (*p)(const char *, ...) = printf; p("%d\n", argc);'
links parenthesized_name -O2 "yes yes" '(printf)("%d\n", argc);'
links macros_off "-O2 -DTRAPDOOR_NO_PRINTF_MACROS" "yes yes" 'printf("%d\n", argc);'
finish
