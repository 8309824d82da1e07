/*
 * glob/globfree in a scratch tree: sorted matches, hidden files, nested
 * wildcards, escapes, each flag's effect on the vector, and the errors
 * (GLOB_NOMATCH, GLOB_ABORTED through GLOB_ERR and errfunc on a directory
 * that cannot be opened).
 */
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <sys/stat.h>
#include "t.h"

static char top[64];
static int errfunc_calls, errfunc_errno;

static void mk(const char *rel, int dir)
{
	char p[128];

	snprintf(p, sizeof p, "%s/%s", top, rel);
	if (dir)
		mkdir(p, 0755);
	else
		close(open(p, O_CREAT | O_WRONLY, 0644));
}

/* The matches, relative to top, joined by spaces; or "error N". */
static const char *run(const char *pat, int flags)
{
	static char out[512];
	char p[128];
	glob_t g;
	size_t i;
	int r;

	snprintf(p, sizeof p, "%s/%s", top, pat);
	r = glob(p, flags, 0, &g);
	if (r) {
		snprintf(out, sizeof out, "error %d", r);
		return out;
	}
	out[0] = 0;
	for (i = 0; i < g.gl_pathc; i++) {
		const char *s = g.gl_pathv[i];
		if (!strncmp(s, top, strlen(top)))
			s += strlen(top) + 1;
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? " " : "", s);
	}
	if (g.gl_pathv[g.gl_pathc])
		strcat(out, " (no NULL at the end)");
	globfree(&g);
	return out;
}

static int on_error(const char *path, int err)
{
	(void)path;
	errfunc_calls++;
	errfunc_errno = err;
	return 0;
}

static void flags_and_errors(void)
{
	char p[128];
	glob_t g;

	snprintf(p, sizeof p, "%s/*.c", top);
	g.gl_offs = 2;
	t_eq("dooffs", glob(p, GLOB_DOOFFS, 0, &g), 0);
	t_true("dooffs_nulls", g.gl_pathv && g.gl_pathc == 2 && !g.gl_pathv[0] && !g.gl_pathv[1] &&
		g.gl_pathv[2], "want 2 NULLs then paths");
	t_eq("dooffs_count", g.gl_pathc, 2);
	snprintf(p, sizeof p, "%s/b*", top);
	t_eq("append", glob(p, GLOB_DOOFFS | GLOB_APPEND, 0, &g), 0);
	t_eq("append_count", g.gl_pathc, 5);
	t_true("append_order", g.gl_pathc == 5 && strstr(g.gl_pathv[3], "/b.c") && strstr(g.gl_pathv[4], "/b.c") &&
		strstr(g.gl_pathv[5], "/b.h") && strstr(g.gl_pathv[6], "/bdir") && !g.gl_pathv[7],
		"want a.c b.c b.c b.h bdir then NULL");
	globfree(&g);
	t_true("globfree_resets", !g.gl_pathv && !g.gl_pathc, "gl_pathv or gl_pathc left");

	snprintf(p, sizeof p, "%s/nothing*", top);
	t_eq("nomatch", glob(p, 0, 0, &g), GLOB_NOMATCH);
	t_eq("nomatch_count", g.gl_pathc, 0);
	globfree(&g);
	t_eq("nocheck", glob(p, GLOB_NOCHECK, 0, &g), 0);
	t_true("nocheck_pattern", g.gl_pathc == 1 && !strcmp(g.gl_pathv[0], p), "want the pattern back");
	globfree(&g);

	/* A symbolic link to itself: opening it as a directory fails with ELOOP. */
	snprintf(p, sizeof p, "%s/loop/*", top);
	t_eq("unopenable_ignored", glob(p, 0, 0, &g), GLOB_NOMATCH);
	globfree(&g);
	t_eq("aborted_err", glob(p, GLOB_ERR, 0, &g), GLOB_ABORTED);
	globfree(&g);
	t_eq("errfunc_nomatch", glob(p, 0, on_error, &g), GLOB_NOMATCH);
	t_true("errfunc_called", errfunc_calls == 1 && errfunc_errno == ELOOP, "want one call with ELOOP");
	globfree(&g);
}

int main(void)
{
	const char *nosort;
	char p[128];

	t_tmpname(top, "glob");
	mkdir(top, 0755);
	mk("a.c", 0), mk("b.c", 0), mk("b.h", 0), mk(".hidden.c", 0), mk("star*", 0);
	mk("bdir", 1), mk("bdir/x.c", 0), mk("cdir", 1), mk("cdir/y.c", 0), mk("cdir/.z.c", 0);
	snprintf(p, sizeof p, "%s/loop", top);
	symlink("loop", p);

	t_str("star", run("*.c", 0), "a.c b.c");
	t_str("question", run("b.?", 0), "b.c b.h");
	t_str("bracket", run("[ab].c", 0), "a.c b.c");
	t_str("hidden_explicit", run(".*.c", 0), ".hidden.c");
	t_str("nested", run("*/*.c", 0), "bdir/x.c cdir/y.c");
	t_str("nested_hidden", run("cdir/.*", 0), "cdir/. cdir/.. cdir/.z.c");
	t_str("literal_exists", run("b.h", 0), "b.h");
	t_str("literal_missing", run("zz", 0), "error 3");
	t_str("literal_after_wild", run("*/x.c", 0), "bdir/x.c");
	t_str("trailing_slash_dirs", run("*dir/", 0), "bdir/ cdir/");
	t_str("mark", run("b*", GLOB_MARK), "b.c b.h bdir/");
	t_str("escape", run("star\\*", 0), "star*");
	t_str("noescape", run("star\\*", GLOB_NOESCAPE), "error 3");
	nosort = run("*.c", GLOB_NOSORT);
	t_true("nosort", !strcmp(nosort, "a.c b.c") || !strcmp(nosort, "b.c a.c"), nosort);
	flags_and_errors();

	snprintf(p, sizeof p, "rm -rf %s", top);
	t_eq("cleanup", system(p), 0);
	return t_done();
}
