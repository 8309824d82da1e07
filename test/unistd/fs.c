/* More of <unistd.h>: links, truncate, sync, chown, fchdir, chroot, faccessat, pread/pwrite, ids, host name. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include "t.h"

static char dir[64];

static char *in_dir(char *buf, const char *name)
{
	size_t n = strlen(dir);

	memcpy(buf, dir, n);
	buf[n] = '/';
	strcpy(buf + n + 1, name);
	return buf;
}

static void links(void)
{
	char f[128], l[128], s[128], buf[300];
	struct stat st;
	int dfd;

	mkdir(t_tmpname(dir, "fs"), 0755);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	close(open(in_dir(f, "f"), O_WRONLY | O_CREAT, 0644));
	t_eq("link", link(f, in_dir(l, "hard")), 0);
	t_eq("link_nlink_2", (stat(f, &st), st.st_nlink), 2);
	T_ERR("link_exists_eexist", link(f, l), EEXIST);
	T_ERR("link_missing_enoent", link("/nonexistent", in_dir(buf, "x")), ENOENT);
	t_eq("linkat", linkat(dfd, "f", dfd, "hard2", 0), 0);
	t_eq("linkat_nlink_3", (stat(f, &st), st.st_nlink), 3);
	T_ERR("linkat_bad_flag_einval", linkat(dfd, "f", dfd, "h3", 0x1), EINVAL);
	t_eq("symlink", symlink("f", in_dir(s, "sym")), 0);
	memset(buf, 'z', sizeof buf);
	t_eq("readlink_len", readlink(s, buf, sizeof buf), 1);
	t_eq("readlink_no_nul", buf[1], 'z');
	t_eq("readlink_text", buf[0], 'f');
	t_eq("symlinkat_long", symlinkat("0123456789abcdef", dfd, "sym2"), 0);
	t_eq("readlinkat_truncates", readlinkat(dfd, "sym2", buf, 4), 4);
	t_eq("readlinkat_truncated_text", memcmp(buf, "0123", 4), 0);
	T_ERR("readlink_not_link_einval", readlink(f, buf, sizeof buf), EINVAL);
	T_ERR("readlink_missing_enoent", readlink("/nonexistent", buf, sizeof buf), ENOENT);
	T_ERR("symlink_exists_eexist", symlink("x", s), EEXIST);
	t_eq("unlinkat_file", unlinkat(dfd, "sym2", 0), 0);
	T_ERR("unlinkat_gone_enoent", unlinkat(dfd, "sym2", 0), ENOENT);
	T_ERR("unlinkat_bad_flag_einval", unlinkat(dfd, "f", 0x1), EINVAL);
	mkdir(in_dir(buf, "d"), 0755);
	T_ERR("unlinkat_dir_without_flag_eisdir", unlinkat(dfd, "d", 0), EISDIR);
	close(open(in_dir(buf, "d/x"), O_WRONLY | O_CREAT, 0644));
	T_ERR("rmdir_not_empty_enotempty", rmdir(in_dir(buf, "d")), ENOTEMPTY);
	t_eq("unlinkat_in_subdir", unlinkat(dfd, "d/x", 0), 0);
	t_eq("rmdir", rmdir(in_dir(buf, "d")), 0);
	T_ERR("rmdir_gone_enoent", rmdir(buf), ENOENT);
	T_ERR("rmdir_file_enotdir", rmdir(f), ENOTDIR);
	t_eq("unlinkat_removedir", (mkdir(buf, 0700), unlinkat(dfd, "d", AT_REMOVEDIR)), 0);

	t_eq("fchdir", fchdir(dfd), 0);
	t_eq("fchdir_relative_stat", stat("hard2", &st), 0);
	T_ERR("fchdir_ebadf", fchdir(-1), EBADF);
	T_ERR("fchdir_file_enotdir", (st.st_mode = open("f", O_RDONLY), fchdir((int)st.st_mode)), ENOTDIR);
	close((int)st.st_mode);
	chdir("/");
	T_ERR("chroot_missing_enoent", chroot("/nonexistent"), ENOENT);
	T_ERR("chroot_file_enotdir", chroot(f), ENOTDIR);

	t_eq("chown_same", chown(f, geteuid(), getegid()), 0);
	t_eq("lchown_link", lchown(s, geteuid(), getegid()), 0);
	t_eq("fchownat_keep", fchownat(dfd, "f", -1, -1, 0), 0);
	T_ERR("chown_missing_enoent", chown("/nonexistent", 0, 0), ENOENT);
	T_ERR("fchown_ebadf", fchown(-1, 0, 0), EBADF);
	T_ERR("fchownat_bad_flag_einval", fchownat(dfd, "f", 0, 0, 0x2), EINVAL);
	if (geteuid() == 0) {
		t_eq("fchownat_root_gives", fchownat(dfd, "f", 1234, 5678, 0), 0);
		stat(f, &st);
		t_eq("chown_uid", st.st_uid, 1234);
		t_eq("chown_gid", st.st_gid, 5678);
		t_eq("lchown_link_only", (lchown(s, 42, 43), stat(f, &st), st.st_uid), 1234);
		t_eq("lchown_link_uid", (lstat(s, &st), st.st_uid), 42);
	} else {
		T_ERR("chown_other_eperm", chown(f, 0, 0), EPERM);
	}

	t_eq("faccessat", faccessat(dfd, "f", R_OK | W_OK, 0), 0);
	t_eq("faccessat_eaccess", faccessat(dfd, "f", R_OK, AT_EACCESS), 0);
	T_ERR("faccessat_missing_enoent", faccessat(dfd, "zz", F_OK, 0), ENOENT);
	T_ERR("faccessat_x_eacces", faccessat(dfd, "f", X_OK, 0), EACCES);
	T_ERR("faccessat_bad_flag_einval", faccessat(dfd, "f", F_OK, 0x4), EINVAL);
	unlinkat(dfd, "f", 0);
	unlinkat(dfd, "hard", 0);
	unlinkat(dfd, "hard2", 0);
	unlinkat(dfd, "sym", 0);
	close(dfd);
}

static void io(void)
{
	char p[128], buf[16] = { 0 };
	struct stat st;
	int fd = open(in_dir(p, "io"), O_RDWR | O_CREAT | O_TRUNC, 0644);

	t_eq("pwrite", pwrite(fd, "abcdef", 6, 10), 6);
	t_eq("pwrite_keeps_offset", lseek(fd, 0, SEEK_CUR), 0);
	t_eq("pread", pread(fd, buf, 4, 11), 4);
	t_str("pread_data", buf, "bcde");
	t_eq("pread_keeps_offset", lseek(fd, 0, SEEK_CUR), 0);
	t_eq("pread_at_eof", pread(fd, buf, 4, 16), 0);
	t_eq("pwrite_beyond_4gb", pwrite(fd, "Z", 1, ((off_t)1 << 32) + 7), 1);
	t_eq("pread_beyond_4gb", (buf[0] = 0, pread(fd, buf, 1, ((off_t)1 << 32) + 7)), 1);
	t_eq("pread_beyond_4gb_data", buf[0], 'Z');
	T_ERR("pread_negative_einval", pread(fd, buf, 1, -1), EINVAL);
	T_ERR("pread_ebadf", pread(-1, buf, 1, 0), EBADF);
	T_ERR("pwrite_pipe_espipe", (pipe((int *)buf), pwrite(((int *)buf)[1], "x", 1, 0)), ESPIPE);
	close(((int *)buf)[0]);
	close(((int *)buf)[1]);
	t_eq("ftruncate", ftruncate(fd, 3), 0);
	t_eq("ftruncate_size", (fstat(fd, &st), st.st_size), 3);
	t_eq("ftruncate_grow_beyond_4gb", ftruncate(fd, ((off_t)1 << 33) + 1), 0);
	t_eq("ftruncate_big_size", (fstat(fd, &st), st.st_size), ((off_t)1 << 33) + 1);
	t_eq("truncate", truncate(p, 5), 0);
	t_eq("truncate_size", (stat(p, &st), st.st_size), 5);
	T_ERR("truncate_negative_einval", truncate(p, -1), EINVAL);
	T_ERR("truncate_missing_enoent", truncate("/nonexistent", 0), ENOENT);
	T_ERR("truncate_dir_eisdir", truncate(dir, 0), EISDIR);
	T_ERR("ftruncate_ebadf", ftruncate(-1, 0), EBADF);
	t_eq("fsync", fsync(fd), 0);
	t_eq("fdatasync", fdatasync(fd), 0);
	t_eq("syncfs", syncfs(fd), 0);
	sync();
	T_ERR("fsync_ebadf", fsync(-1), EBADF);
	T_ERR("fdatasync_ebadf", fdatasync(-1), EBADF);
	T_ERR("syncfs_ebadf", syncfs(-1), EBADF);
	close(fd);
	fd = open(p, O_RDONLY);
	T_ERR("ftruncate_rdonly_einval", ftruncate(fd, 0), EINVAL);
	close(fd);
	unlink(p);
	rmdir(dir);
}

static void ids(void)
{
	uid_t r = 1, e = 1, s = 1;
	gid_t gr = 1, ge = 1, gs = 1, groups[256];

	t_eq("getresuid", getresuid(&r, &e, &s), 0);
	t_eq("getresuid_real", r, getuid());
	t_eq("getresuid_effective", e, geteuid());
	t_eq("getresgid", getresgid(&gr, &ge, &gs), 0);
	t_eq("getresgid_real", gr, getgid());
	t_eq("getresgid_effective", ge, getegid());
	T_ERR("getresuid_efault", getresuid((uid_t *)8, &e, &s), EFAULT);
	t_true("getgroups_count", getgroups(0, NULL) >= 0, "getgroups(0) failed");
	t_eq("getgroups_fill", getgroups(256, groups), getgroups(0, NULL));
	T_ERR("getgroups_negative_einval", getgroups(-1, groups), EINVAL);
	t_eq("gettid_is_pid", gettid(), getpid());
	t_eq("getpagesize_auxv", getpagesize(), (long long)getauxval(AT_PAGESZ));
	t_eq("usleep_zero", usleep(0), 0);
	t_eq("usleep_short", usleep(1), 0);
}

/* The id changes are made in a child: they cannot be undone in the test. */
static void drop_ids(void)
{
	uid_t r, e, s;

	if (setresgid(100, 200, 300) || setregid(-1, 400) || setegid(500) ||
	    setresuid(10, 20, 30) || setreuid(-1, 30))
		_exit(1);
	if (getresuid(&r, &e, &s) || r != 10 || e != 30 || s != 30)
		_exit(2);
	if (seteuid(10) || getresuid(&r, &e, &s) || e != 10 || s != 30)
		_exit(3);
	if (getresgid(&r, &e, &s) || r != 100 || e != 500 || s != 400)
		_exit(4);
	/* Unprivileged now: the real id 0 is not one of ours. */
	if (setreuid(0, 0) != -1 || errno != EPERM)
		_exit(5);
	if (seteuid(40) != -1 || errno != EPERM)
		_exit(6);
	_exit(0);
}

static void set_ids(void)
{
	pid_t pid;

	if (geteuid() != 0) {
		T_ERR("setresuid_unprivileged_eperm", setresuid(0, 0, 0), EPERM);
		return;
	}
	pid = fork();
	if (pid == 0)
		drop_ids();
	T_EXITED("set_id_family_in_child", t_wait(pid), 0);
}

static void host(void)
{
	struct utsname u;
	char name[65];

	memset(&u, 'x', sizeof u);
	t_eq("uname", uname(&u), 0);
	t_str("uname_sysname", u.sysname, "Linux");
	t_true("uname_fields_terminated", memchr(u.release, 0, sizeof u.release) && memchr(u.machine, 0, sizeof u.machine),
		"a utsname field is not NUL-terminated");
#if defined(__x86_64__)
	t_str("uname_machine", u.machine, "x86_64");
#elif defined(__aarch64__)
	t_str("uname_machine", u.machine, "aarch64");
#endif
	T_ERR("uname_efault", uname((struct utsname *)8), EFAULT);
	t_eq("gethostname", gethostname(name, sizeof name), 0);
	t_str("gethostname_is_nodename", name, u.nodename);
	T_ERR("gethostname_short_enametoolong", gethostname(name, strlen(u.nodename)), ENAMETOOLONG);
	t_eq("gethostname_exact_fit", gethostname(name, strlen(u.nodename) + 1), 0);
	if (geteuid() == 0)
		T_ERR("sethostname_too_long_einval", sethostname("x", 65), EINVAL);
	else
		T_ERR("sethostname_unprivileged_eperm", sethostname("x", 1), EPERM);
}

int main(void)
{
	links();
	io();
	ids();
	set_ids();
	host();
	return t_done();
}
