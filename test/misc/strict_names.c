/*
 * In strict ISO C (-std=c11, no feature-test macro) the headers declare only
 * ISO C names: POSIX, BSD and GNU names stay free for the program's own use,
 * as in glibc and musl.  Each name below is an object here; had a header
 * declared the function, this file would not compile.  (strerrorname_np is
 * GNU's too, but t.h declares it for its own use.)
 */
#include <stdlib.h>
#include <string.h>
#include "t.h"

#ifdef _POSIX_C_SOURCE
#error this test must be built without feature-test macros
#endif

static int strdup = 1, strndup = 2, strnlen = 3, strlcpy = 4, strtok_r = 5;
static int reallocarray = 6, posix_memalign = 7, mkstemp = 8, qsort_r = 9, strsep = 10;

int main(void)
{
	t_eq("strdup is the program's", strdup, 1);
	t_eq("strndup is the program's", strndup, 2);
	t_eq("strnlen is the program's", strnlen, 3);
	t_eq("strlcpy is the program's", strlcpy, 4);
	t_eq("strtok_r is the program's", strtok_r, 5);
	t_eq("reallocarray is the program's", reallocarray, 6);
	t_eq("posix_memalign is the program's", posix_memalign, 7);
	t_eq("mkstemp is the program's", mkstemp, 8);
	t_eq("qsort_r is the program's", qsort_r, 9);
	t_eq("strsep is the program's", strsep, 10);
	return t_done();
}
