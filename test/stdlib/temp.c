/*
 * mkstemp, mkostemp, mkstemps, mkostemps, mkdtemp, mktemp: the X's become
 * a fresh name, the file is created exclusively and open read-write, and
 * the errors (EINVAL for a bad template, ENOENT, EEXIST never raced).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include "t.h"

static int alnum6(const char *p)
{
	for (int i = 0; i < 6; i++) {
		char c = p[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return 0;
	}
	return 1;
}

static void remove_dir(const char *path)
{
	syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
}

static void files(void)
{
	char t[] = "/tmp/td-tempXXXXXX", s[] = "/tmp/td-tempXXXXXX.txt", o[] = "/tmp/td-oXXXXXX";
	char first[sizeof t], bad[] = "/tmp/td-tempXXXXX", bad2[] = "/tmp/XXXXXXy";
	char missing[] = "/nonexistent-td/XXXXXX";
	int fd, fd2;

	fd = mkstemp(t);
	t_true("mkstemp_fd", fd >= 0, "no fd");
	t_true("mkstemp_name", strncmp(t, "/tmp/td-temp", 12) == 0 && alnum6(t + 12) &&
				       strcmp(t + 12, "XXXXXX"), t);
	t_eq("mkstemp_rdwr", fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
	t_eq("mkstemp_writable", write(fd, "abc", 3), 3);
	T_ERR("mkstemp_exclusive", open(t, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST);
	strcpy(first, t);
	close(fd);
	strcpy(t, "/tmp/td-tempXXXXXX");
	fd2 = mkstemp(t);
	t_true("mkstemp_another_name", fd2 >= 0 && strcmp(t, first), "same name twice");
	close(fd2);
	unlink(t);
	unlink(first);

	T_ERR("mkstemp_five_x", mkstemp(bad), EINVAL);
	t_str("mkstemp_bad_untouched", bad, "/tmp/td-tempXXXXX");
	T_ERR("mkstemp_x_not_last", mkstemp(bad2), EINVAL);
	T_ERR("mkstemp_enoent", mkstemp(missing), ENOENT);
	t_str("mkstemp_failed_restores_x", missing, "/nonexistent-td/XXXXXX");

	fd = mkstemps(s, 4);
	t_true("mkstemps_fd", fd >= 0, "no fd");
	t_true("mkstemps_suffix_kept", !strcmp(s + 18, ".txt") && alnum6(s + 12), s);
	close(fd);
	unlink(s);
	T_ERR("mkstemps_suffix_too_long", mkstemps(s, 30), EINVAL);
	T_ERR("mkstemps_negative_suffix", mkstemps(s, -1), EINVAL);

	fd = mkostemp(o, O_CLOEXEC | O_APPEND);
	t_true("mkostemp_fd", fd >= 0, "no fd");
	t_eq("mkostemp_cloexec", fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	t_eq("mkostemp_append", fcntl(fd, F_GETFL) & (O_APPEND | O_ACCMODE), O_APPEND | O_RDWR);
	close(fd);
	unlink(o);
	strcpy(s, "/tmp/td-tempXXXXXX.txt");
	fd = mkostemps(s, 4, O_CLOEXEC);
	t_eq("mkostemps_cloexec", fd >= 0 ? fcntl(fd, F_GETFD) & FD_CLOEXEC : -1, FD_CLOEXEC);
	close(fd);
	unlink(s);
}

static void dirs_and_names(void)
{
	char d[] = "/tmp/td-dirXXXXXX", bad[] = "/tmp/td-dirXXX", missing[] = "/nonexistent-td/XXXXXX";
	char m[] = "/tmp/td-mktXXXXXX", mbad[] = "/tmp/td-mktXX";
	int fd;

	t_true("mkdtemp_returns_template", mkdtemp(d) == d, "not template");
	fd = open(d, O_RDONLY | O_DIRECTORY);
	t_true("mkdtemp_made_dir", fd >= 0, d);
	close(fd);
	remove_dir(d);
	errno = 0;
	t_true("mkdtemp_einval", mkdtemp(bad) == NULL && errno == EINVAL, "no EINVAL");
	errno = 0;
	t_true("mkdtemp_enoent", mkdtemp(missing) == NULL && errno == ENOENT, "no ENOENT");

	t_true("mktemp_returns_template", mktemp(m) == m && alnum6(m + 11), m);
	T_ERR("mktemp_name_free", open(m, O_RDONLY), ENOENT);
	errno = 0;
	t_true("mktemp_einval_empty", mktemp(mbad) == mbad && !*mbad && errno == EINVAL,
	       "not emptied with EINVAL");
}

int main(void)
{
	files();
	dirs_and_names();
	return t_done();
}
