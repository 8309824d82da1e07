/*
 * realpath: ".", "..", repeated slashes, relative and absolute symbolic
 * links, with a buffer and without, and each error: EINVAL, ENOENT,
 * ENOTDIR (a file used as a directory, "file/" included), ELOOP,
 * ENAMETOOLONG.  Works in a scratch directory it makes the cwd, whose
 * physical name getcwd gives.
 */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include "t.h"

static char cwd[PATH_MAX];

static const char *in_cwd(const char *rest)
{
	static char buf[PATH_MAX + 64];

	strcpy(buf, cwd);
	strcat(buf, rest);
	return buf;
}

static void rp(const char *name, const char *path, const char *want)
{
	char buf[PATH_MAX];

	t_str(name, realpath(path, buf), want);
}

static void rp_err(const char *name, const char *path, int err)
{
	char *r;

	errno = 0;
	r = realpath(path, NULL);
	t_err(name, r ? 0 : -1, errno, err);
}

static void setup(char *base)
{
	t_tmpname(base, "realpath");
	syscall(SYS_mkdirat, AT_FDCWD, base, 0700);
	chdir(base);
	getcwd(cwd, sizeof cwd);
	syscall(SYS_mkdirat, AT_FDCWD, "a", 0700);
	close(open("f", O_WRONLY | O_CREAT, 0600));
	syscall(SYS_symlinkat, "a", AT_FDCWD, "l");
	syscall(SYS_symlinkat, "l", AT_FDCWD, "l2");
	syscall(SYS_symlinkat, "/", AT_FDCWD, "root");
	syscall(SYS_symlinkat, "loop2", AT_FDCWD, "loop1");
	syscall(SYS_symlinkat, "loop1", AT_FDCWD, "loop2");
	syscall(SYS_symlinkat, "nothing", AT_FDCWD, "dangling");
	syscall(SYS_symlinkat, "../f", AT_FDCWD, "a/up");
}

static void teardown(const char *base)
{
	static const char *const files[] = { "f", "l", "l2", "root", "loop1", "loop2", "dangling",
					      "a/up" };

	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		unlink(files[i]);
	syscall(SYS_unlinkat, AT_FDCWD, "a", AT_REMOVEDIR);
	chdir("/");
	syscall(SYS_unlinkat, AT_FDCWD, base, AT_REMOVEDIR);
}

int main(void)
{
	char base[64], *m, longname[PATH_MAX + 10];

	setup(base);
	rp("relative_file", "f", in_cwd("/f"));
	rp("dot", ".", cwd);
	rp("dot_dot_back", "a/../f", in_cwd("/f"));
	rp("slashes_and_dots", "./a//./", in_cwd("/a"));
	rp("link_to_dir", "l", in_cwd("/a"));
	rp("link_dot", "l/.", in_cwd("/a"));
	rp("link_then_dotdot", "l/../f", in_cwd("/f"));
	rp("link_chain", "l2/up", in_cwd("/f"));
	strcpy(longname, in_cwd("/a/../l"));
	rp("absolute_path", longname, in_cwd("/a"));
	rp("link_to_root", "root", "/");
	rp("link_to_root_dotdot", "root/..", "/");
	rp("root", "/", "/");
	rp("double_slash_root", "//", "/");
	rp("root_dotdot", "/..", "/");
	m = realpath("l2", NULL);
	t_str("malloced_result", m, in_cwd("/a"));
	free(m);

	rp_err("null_path", NULL, EINVAL);
	rp_err("empty_path", "", ENOENT);
	rp_err("missing", "missing", ENOENT);
	rp_err("missing_in_middle", "missing/f", ENOENT);
	rp_err("file_as_dir", "f/x", ENOTDIR);
	rp_err("file_slash", "f/", ENOTDIR);
	rp_err("file_dot", "f/.", ENOTDIR);
	rp_err("file_dotdot", "f/..", ENOTDIR);
	rp_err("loop", "loop1", ELOOP);
	rp_err("dangling", "dangling", ENOENT);
	memset(longname, 'n', 300);
	longname[300] = 0;
	rp_err("long_component", longname, ENAMETOOLONG);
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	for (size_t i = 100; i < sizeof longname; i += 100)
		longname[i] = '/';
	rp_err("path_too_long", longname, ENAMETOOLONG);
	teardown(base);
	return t_done();
}
