/* err, errx, warn, warnx and their v forms: the program name, the text, strerror, the exit. */
#include <err.h>
#include "t.h"

static void do_warn(void) { errno = ENOENT; warn("open %s", "x.txt"); _exit(3); }
static void do_warnx(void) { errno = ENOENT; warnx("bad %d", 42); _exit(4); }
static void do_warn_null(void) { errno = EACCES; warn(NULL); _exit(0); }
static void do_warnx_null(void) { warnx(NULL); _exit(0); }
static void do_err(void) { errno = EBADF; err(7, "read"); }
static void do_errx(void) { errno = EBADF; errx(9, "usage: %s", "prog [-a]"); }

static void v_helper(int which, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (which == 0)
		vwarn(fmt, ap);
	else if (which == 1)
		vwarnx(fmt, ap);
	else if (which == 2)
		verr(5, fmt, ap);
	else
		verrx(6, fmt, ap);
	va_end(ap);
}

static void do_vwarn(void) { errno = EPERM; v_helper(0, "%s-%d", "a", 1); _exit(0); }
static void do_vwarnx(void) { v_helper(1, "%c", 'z'); _exit(0); }
static void do_verr(void) { errno = ENOMEM; v_helper(2, "%s", "alloc"); }
static void do_verrx(void) { v_helper(3, "%x", 255); }

static void check(const char *name, void (*fn)(void), int code, const char *want)
{
	char out[256];
	int st = t_capture(fn, out, sizeof out);

	T_EXITED(name, st, code);
	t_str(name, out, want);
}

int main(void)
{
	check("warn", do_warn, 3, "err: open x.txt: No such file or directory\n");
	check("warnx", do_warnx, 4, "err: bad 42\n");
	check("warn_null_format", do_warn_null, 0, "err: Permission denied\n");
	check("warnx_null_format", do_warnx_null, 0, "err: \n");
	check("err", do_err, 7, "err: read: Bad file descriptor\n");
	check("errx", do_errx, 9, "err: usage: prog [-a]\n");
	check("vwarn", do_vwarn, 0, "err: a-1: Operation not permitted\n");
	check("vwarnx", do_vwarnx, 0, "err: z\n");
	check("verr", do_verr, 5, "err: alloc: Cannot allocate memory\n");
	check("verrx", do_verrx, 6, "err: ff\n");
	return t_done();
}
