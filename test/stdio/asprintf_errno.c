/*
 * asprintf formats once and reads errno once: %m prints errno as it was at
 * the call, and the return value is the length of the string, even when the
 * heap's first growth inside the call (here refused in part under a low
 * RLIMIT_AS, then granted smaller) left errno changed.  Nothing in this
 * program allocates before the child's asprintf.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include "t.h"

static void asprintf_m_first_malloc(void)
{
	struct rlimit rl = { (rlim_t)1 << 30, (rlim_t)1 << 30 };
	char *s = 0;
	int n;

	if (setrlimit(RLIMIT_AS, &rl))
		_exit(3);
	errno = 0;
	n = asprintf(&s, "%m|%s|%d", "x", 42);
	if (n < 0 || !s)
		_exit(4);
	printf("%d %d %s\n", n, (int)strlen(s), s);
	fflush(stdout);
	_exit(0);
}

int main(void)
{
	char out[256];
	int st = t_capture(asprintf_m_first_malloc, out, sizeof out);

	T_EXITED("asprintf_m_status", st, 0);
	t_str("asprintf_m_errno_at_call", out, "12 12 Success|x|42\n");
	return t_done();
}
