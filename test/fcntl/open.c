/* open, openat and fcntl. */
#include <fcntl.h>
#include <sys/syscall.h>
#include "t.h"

static char path[64];

static void setpgid_self(void)
{
	syscall(SYS_setpgid, 0, 0);
}

static void open_cases(void)
{
	char buf[16] = { 0 };
	int fd;

	fd = open(t_tmpname(path, "open"), O_WRONLY | O_CREAT | O_EXCL, 0600);
	t_true("open_creat_excl", fd > STDERR_FILENO, "open O_CREAT|O_EXCL failed");
	t_eq("open_write", write(fd, "abc", 3), 3);
	t_eq("open_getfl_wronly", fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
	t_eq("open_no_cloexec_by_default", fcntl(fd, F_GETFD), 0);
	close(fd);
	T_ERR("open_creat_excl_exists_eexist", open(path, O_WRONLY | O_CREAT | O_EXCL, 0600), EEXIST);

	fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
	t_eq("open_append_flag", fcntl(fd, F_GETFL) & O_APPEND, O_APPEND);
	t_eq("open_cloexec_flag", fcntl(fd, F_GETFD), FD_CLOEXEC);
	lseek(fd, 0, SEEK_SET);
	t_eq("open_append_write", write(fd, "de", 2), 2);
	t_eq("open_append_wrote_at_end", lseek(fd, 0, SEEK_CUR), 5);
	close(fd);

	fd = open(path, O_RDONLY);
	t_eq("open_rdonly_read", read(fd, buf, sizeof buf), 5);
	t_str("open_rdonly_data", buf, "abcde");
	close(fd);

	fd = open(path, O_RDWR | O_TRUNC);
	t_eq("open_trunc_size", lseek(fd, 0, SEEK_END), 0);
	close(fd);

	T_ERR("open_missing_enoent", open("/nonexistent/file", O_RDONLY), ENOENT);
	T_ERR("open_directory_for_write_eisdir", open("/tmp", O_WRONLY), EISDIR);
	T_ERR("open_o_directory_on_file_enotdir", open(path, O_RDONLY | O_DIRECTORY), ENOTDIR);
	T_ERR("open_below_file_enotdir", open("/dev/null/x", O_RDONLY), ENOTDIR);
	T_ERR("open_empty_path_enoent", open("", O_RDONLY), ENOENT);
	T_ERR("open_bad_path_pointer_efault", open((const char *)8, O_RDONLY), EFAULT);
	fd = open("/tmp", O_RDONLY | O_DIRECTORY);
	t_true("open_o_directory_on_directory", fd >= 0, "open(\"/tmp\", O_DIRECTORY) failed");
	close(fd);
}

static void openat_cases(void)
{
	const char *base = path + sizeof "/tmp/" - 1;
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY), fd, file;
	char buf[8] = { 0 };

	fd = openat(dir, base, O_RDONLY);
	t_true("openat_relative_to_dirfd", fd >= 0, "openat(dirfd of /tmp, name) failed");
	close(fd);
	fd = openat(-1, path, O_RDONLY);
	t_true("openat_absolute_ignores_dirfd", fd >= 0, "openat(-1, absolute path) failed");
	close(fd);
	fd = openat(AT_FDCWD, path, O_RDWR);
	t_eq("openat_at_fdcwd_write", write(fd, "xy", 2), 2);
	close(fd);
	fd = openat(dir, base, O_RDONLY);
	t_eq("openat_read_back", read(fd, buf, sizeof buf), 2);
	t_str("openat_data", buf, "xy");
	close(fd);
	T_ERR("openat_bad_dirfd_ebadf", openat(-1, base, O_RDONLY), EBADF);
	file = open(path, O_RDONLY);
	T_ERR("openat_file_as_dirfd_enotdir", openat(file, "x", O_RDONLY), ENOTDIR);
	close(file);
	T_ERR("openat_missing_enoent", openat(dir, "trapdoor-no-such-file", O_RDONLY), ENOENT);
	fd = openat(dir, "trapdoor-no-such-file", O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	t_true("openat_creat", fd >= 0, "openat O_CREAT failed");
	t_eq("openat_creat_cloexec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	close(fd);
	T_ERR("openat_creat_excl_eexist",
	      openat(dir, "trapdoor-no-such-file", O_RDONLY | O_CREAT | O_EXCL, 0600), EEXIST);
	unlink("/tmp/trapdoor-no-such-file");
	close(dir);
}

/* Linux's flag for a new pid namespace, and an exit status meaning "cannot". */
#define CLONE_NEWPID 0x20000000
#define SKIP_STATUS (77 << 8)

/*
 * F_GETOWN reports a process group as -pgid, which the raw call cannot tell
 * from -errno when pgid < 4096.  In a new pid namespace the first process is
 * pid 1 and can lead process group 1, so the collision is certain: exit 0 if
 * fcntl still answers -1 with errno untouched.
 */
static void owner_group_1(void)
{
	int status, fd, r;
	pid_t pid;

	if (syscall(SYS_unshare, CLONE_NEWPID))
		_exit(SKIP_STATUS >> 8);
	pid = fork();
	if (pid == 0) {
		setpgid_self();
		fd = open("/dev/null", O_RDONLY);
		if (getpid() != 1 || fcntl(fd, F_SETOWN, -1))
			_exit(1);
		errno = 0;
		r = fcntl(fd, F_GETOWN);
		_exit(r == -1 && errno == 0 ? 0 : 2);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		_exit(3);
	_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 4);
}

static void fcntl_cases(void)
{
	int fd = open(path, O_RDONLY), d, p[2], status;
	char c;

	d = fcntl(fd, F_DUPFD, 50);
	t_true("fcntl_dupfd_at_least_arg", d >= 50, "F_DUPFD returned a descriptor below 50");
	t_eq("fcntl_dupfd_no_cloexec", fcntl(d, F_GETFD), 0);
	close(d);
	d = fcntl(fd, F_DUPFD_CLOEXEC, 60);
	t_true("fcntl_dupfd_cloexec_at_least_arg", d >= 60, "F_DUPFD_CLOEXEC returned below 60");
	t_eq("fcntl_dupfd_cloexec_set", fcntl(d, F_GETFD), FD_CLOEXEC);
	t_eq("fcntl_setfd_clear", fcntl(d, F_SETFD, 0), 0);
	t_eq("fcntl_getfd_cleared", fcntl(d, F_GETFD), 0);
	close(d);
	t_eq("fcntl_getfl_rdonly", fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);

	pipe(p);
	t_eq("fcntl_setfl_nonblock", fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	t_eq("fcntl_getfl_nonblock", fcntl(p[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	T_ERR("read_empty_nonblocking_pipe_eagain", read(p[0], &c, 1), EAGAIN);
	close(p[0]);
	close(p[1]);
	T_ERR("fcntl_closed_fd_ebadf", fcntl(p[0], F_GETFL), EBADF);
	T_ERR("fcntl_negative_fd_ebadf", fcntl(-1, F_GETFD), EBADF);
	T_ERR("fcntl_bad_cmd_einval", fcntl(fd, 0x7fff), EINVAL);
	T_ERR("fcntl_dupfd_negative_einval", fcntl(fd, F_DUPFD, -1), EINVAL);

	t_eq("fcntl_getown_unset", fcntl(fd, F_GETOWN), 0);
	t_eq("fcntl_setown_pid", fcntl(fd, F_SETOWN, getpid()), 0);
	t_eq("fcntl_getown_pid", fcntl(fd, F_GETOWN), getpid());
	status = t_in_child(owner_group_1);
	if (status == SKIP_STATUS)
		t_skip("fcntl_getown_pgrp_1", "no new pid namespace here (needs CAP_SYS_ADMIN)");
	else
		T_EXITED("fcntl_getown_pgrp_1", status, 0);
	T_ERR("fcntl_setown_no_such_pid_esrch", fcntl(fd, F_SETOWN, 0x7ffffff0), ESRCH);
	close(fd);
	unlink(path);
}

int main(void)
{
	open_cases();
	openat_cases();
	fcntl_cases();
	return t_done();
}
