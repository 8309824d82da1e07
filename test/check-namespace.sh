#!/bin/sh
# check-namespace.sh BUILDDIR NM READELF CC: the library's namespace, read
# from the objects with the target's nm and readelf.  t.h-style case lines.
#  - Every undefined symbol of every object in libtrapdoor.a and of crt1.o is
#    a name the program cannot own: reserved (it begins with an underscore,
#    C11 7.1.3) or an ISO C library name.  A call to write, open, mmap, ...
#    would reach a program's function of that name.
#  - An object the library links in for its own use defines its public,
#    non-ISO names weak (weak_alias), so that a program may define them too.
#  - Every symbol the library defines under a reserved __name is hidden,
#    unless a public header names it (the ABI: __errno_location, the printf
#    engines, ...) or the start-up code or the compiler calls it.
b=$1 nm=$2 readelf=$3 cc=$4
LC_ALL=C
export LC_ALL
lib=$b/lib/libtrapdoor.a
. "$(dirname "$0")/lib.sh"

# ISO C's external names (C11, and C23's strdup strndup memccpy), by header.
iso_c="
assert.h: __assert_fail
ctype.h: isalnum isalpha isblank iscntrl isdigit isgraph islower isprint ispunct
	isspace isupper isxdigit tolower toupper
errno.h: errno
fenv.h: feclearexcept fegetexceptflag feraiseexcept fesetexceptflag fetestexcept
	fegetround fesetround fegetenv feholdexcept fesetenv feupdateenv
inttypes.h: imaxabs imaxdiv strtoimax strtoumax wcstoimax wcstoumax
locale.h: setlocale localeconv
setjmp.h: setjmp longjmp
signal.h: signal raise
stdio.h: stdin stdout stderr remove rename tmpfile tmpnam fclose fflush fopen freopen
	setbuf setvbuf fprintf fscanf printf scanf snprintf sprintf sscanf vfprintf
	vfscanf vprintf vscanf vsnprintf vsprintf vsscanf fgetc fgets fputc fputs getc
	getchar putc putchar puts ungetc fread fwrite fgetpos fseek fsetpos ftell rewind
	clearerr feof ferror perror
stdlib.h: atof atoi atol atoll strtod strtof strtold strtol strtoll strtoul strtoull
	rand srand aligned_alloc calloc free malloc realloc abort atexit at_quick_exit
	exit _Exit getenv quick_exit system bsearch qsort abs labs llabs div ldiv lldiv
	mblen mbtowc wctomb mbstowcs wcstombs
string.h: memcpy memmove strcpy strncpy strcat strncat memcmp strcmp strcoll strncmp
	strxfrm memchr strchr strcspn strpbrk strrchr strspn strstr strtok memset
	strerror strlen strdup strndup memccpy
time.h: clock difftime mktime time asctime ctime gmtime localtime strftime timespec_get
uchar.h: mbrtoc16 c16rtomb mbrtoc32 c32rtomb
wchar.h: fwprintf fwscanf swprintf swscanf vfwprintf vfwscanf vswprintf vswscanf
	vwprintf vwscanf wprintf wscanf fgetwc fgetws fputwc fputws fwide getwc getwchar
	putwc putwchar ungetwc wcstod wcstof wcstold wcstol wcstoll wcstoul wcstoull
	wcscpy wcsncpy wmemcpy wmemmove wcscat wcsncat wcscmp wcscoll wcsncmp wcsxfrm
	wmemcmp wcschr wcscspn wcspbrk wcsrchr wcsspn wcsstr wcstok wmemchr wcslen
	wmemset wcsftime btowc wctob mbsinit mbrlen mbrtowc wcrtomb mbsrtowcs wcsrtombs
wctype.h: iswalnum iswalpha iswblank iswcntrl iswdigit iswgraph iswlower iswprint
	iswpunct iswspace iswupper iswxdigit iswctype wctype towlower towupper towctrans
	wctrans
"
# <math.h>: each name also with the suffixes f and l.
iso_math="acos asin atan atan2 cos sin tan acosh asinh atanh cosh sinh tanh exp exp2
	expm1 frexp ilogb ldexp log log10 log1p log2 logb modf scalbn scalbln cbrt fabs
	hypot pow sqrt erf erfc lgamma tgamma ceil floor nearbyint rint lrint llrint round
	lround llround trunc fmod remainder remquo copysign nan nextafter nexttoward fdim
	fmax fmin fma"

{
	printf '%s\n' "$iso_c" | sed 's/^[a-z]*\.h://' | tr -s ' \t' '\n\n'
	for f in $iso_math; do printf '%s\n%sf\n%sl\n' "$f" "$f" "$f"; done
} | grep . | sort -u >"$tmp/iso"

# unreserved FILE: its undefined names that are neither reserved nor ISO C,
# as "member: name" lines.  A name with a dot (ppc64's .TOC.) is the
# linker's, which no C program can define.
unreserved() {
	"$nm" -A -u "$1" >"$tmp/undef" 2>"$tmp/nm-err" || { cat "$tmp/nm-err"; return; }
	awk '{ m = $1; sub(/:$/, "", m); sub(/.*[:\/]/, "", m); print $NF, m }' "$tmp/undef" |
		grep -v -e '^_' -e '^[^ ]*[.]' | sort >"$tmp/names"
	join -v 1 "$tmp/names" "$tmp/iso" | awk '{ print $2 ": " $1 }' | sort -u
}

# The check can fail: an object that calls write is caught, one that calls
# __write and memcpy is not.
printf 'long write(int); long f(void) { return write(1); }\n' >"$tmp/bad.c"
printf '%s\n' 'void *memcpy(void *, const void *, __SIZE_TYPE__); long __write(int);' \
	'long f(char *d, char *s) { memcpy(d, s, 9); return __write(1); }' >"$tmp/good.c"
$cc -c -O2 -fno-builtin "$tmp/bad.c" -o "$tmp/bad.o" && $cc -c -O2 -fno-builtin "$tmp/good.c" -o "$tmp/good.o" ||
	echo "check-namespace: $cc cannot compile its probes" >&2
check catches_a_call_to_write "bad.o: write" "$(unreserved "$tmp/bad.o")"
check passes_reserved_and_iso_c_calls "" "$(unreserved "$tmp/good.o")"

objects=$("$nm" -A "$lib" 2>/dev/null | awk -F: '{ print $2 }' | sort -u | wc -l)
check archive_has_objects yes "$([ "$objects" -gt 100 ] && echo yes)"
check library_calls_only_reserved_or_iso_c_names "" "$(unreserved "$lib" | tr '\n' ' ' | sed 's/ $//')"
check crt1_calls_only_reserved_names_and_main "" \
	"$(unreserved "$b/lib/crt1.o" | grep -v ': main$' | tr '\n' ' ' | sed 's/ $//')"

# An object the library itself links in (it defines a name another object
# uses) defines its public, non-ISO names weak: a program's own definition
# of one of them must not clash with it.
"$nm" -A "$lib" 2>/dev/null | awk -v iso="$tmp/iso" '
	BEGIN { while ((getline w <iso) > 0) is_iso[w] = 1 }
	{ n = split($1, a, ":"); m = a[n - 1]; sub(/.*\//, "", m); t = $(NF - 1); s = $NF }
	t ~ /^[Uw]$/ { used[s] = 1; next }
	t ~ /^[A-Z]$/ { def[++k] = m " " t " " s }
	END {
		for (i = 1; i <= k; i++) { split(def[i], d, " "); if (d[3] in used) pulled[d[1]] = 1 }
		for (i = 1; i <= k; i++) {
			split(def[i], d, " ")
			if ((d[1] in pulled) && d[2] !~ /^[WV]$/ && d[3] !~ /^_/ && !(d[3] in is_iso))
				print d[1] ": " d[3]
		}
	}' | sort -u >"$tmp/strong"
check linked_objects_define_public_names_weak "" "$(tr '\n' ' ' <"$tmp/strong" | sed 's/ $//')"

# Reserved names the library may export: the public headers name them,
# crt1.o or the compiler calls them, or programs written for glibc use them.
{
	grep -rhoE '\b__[A-Za-z0-9_]+' "$b/include"
	printf '%s\n' __libc_start_main __stack_chk_fail __stack_chk_guard __environ \
		__progname __progname_full
} | sort -u >"$tmp/abi"
"$readelf" -sW "$lib" >"$tmp/syms"
check readelf_reads_archive yes "$([ "$(grep -c ' GLOBAL ' "$tmp/syms")" -gt 100 ] && echo yes)"
awk '$5 ~ /GLOBAL|WEAK/ && $7 != "UND" && $8 ~ /^__/ && $6 != "HIDDEN" { print $8 }' "$tmp/syms" |
	sort -u >"$tmp/exported"
check internal_names_hidden "" "$(join -v 1 "$tmp/exported" "$tmp/abi" | tr '\n' ' ' | sed 's/ $//')"
finish
