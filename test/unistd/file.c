/* read, write and lseek on a regular file; unlink, access, isatty, chdir, getcwd. */
#include <fcntl.h>
#include <sys/syscall.h>
#include "t.h"

static void file_io(void)
{
	char path[64], buf[16] = { 0 };
	int fd = open(t_tmpname(path, "file"), O_RDWR | O_CREAT | O_TRUNC, 0644);

	t_true("open_scratch_file", fd >= 0, "cannot create the scratch file");
	t_eq("write_file", write(fd, "0123456789", 10), 10);
	t_eq("write_zero_bytes", write(fd, "x", 0), 0);
	t_eq("lseek_cur_at_end", lseek(fd, 0, SEEK_CUR), 10);
	t_eq("lseek_set", lseek(fd, 3, SEEK_SET), 3);
	t_eq("read_after_seek", read(fd, buf, 4), 4);
	t_str("read_after_seek_data", buf, "3456");
	t_eq("lseek_cur_back", lseek(fd, -2, SEEK_CUR), 5);
	t_eq("lseek_end", lseek(fd, -1, SEEK_END), 9);
	t_eq("read_last_byte", read(fd, buf, sizeof buf), 1);
	t_eq("read_at_eof", read(fd, buf, sizeof buf), 0);
	t_eq("lseek_past_end", lseek(fd, 20, SEEK_SET), 20);
	t_eq("write_past_end", write(fd, "z", 1), 1);
	t_eq("file_size_with_hole", lseek(fd, 0, SEEK_END), 21);
	t_eq("lseek_into_hole", lseek(fd, 12, SEEK_SET), 12);
	buf[0] = 'q';
	t_eq("read_hole", read(fd, buf, 1), 1);
	t_eq("hole_reads_zero", buf[0], 0);
	/* off_t is 64-bit on every arch: no truncation through the wrapper. */
	t_eq("lseek_beyond_4gb", lseek(fd, (off_t)1 << 40, SEEK_SET), (off_t)1 << 40);
	t_eq("lseek_cur_beyond_4gb", lseek(fd, 1, SEEK_CUR), ((off_t)1 << 40) + 1);
	lseek(fd, 13, SEEK_SET);
	T_ERR("lseek_negative_einval", lseek(fd, -100, SEEK_SET), EINVAL);
	T_ERR("lseek_bad_whence_einval", lseek(fd, 0, 99), EINVAL);
	T_ERR("lseek_ebadf", lseek(-1, 0, SEEK_SET), EBADF);
	t_eq("lseek_unmoved_by_errors", lseek(fd, 0, SEEK_CUR), 13);
	T_ERR("read_bad_buffer_efault", (lseek(fd, 0, SEEK_SET), read(fd, NULL, 4)), EFAULT);
	T_ERR("write_bad_buffer_efault", write(fd, (void *)8, 4), EFAULT);
	t_eq("close_file", close(fd), 0);

	fd = open(path, O_RDONLY);
	T_ERR("write_rdonly_file_ebadf", write(fd, "x", 1), EBADF);
	close(fd);
	fd = open(path, O_WRONLY);
	T_ERR("read_wronly_file_ebadf", read(fd, buf, 1), EBADF);
	close(fd);
	fd = open("/", O_RDONLY | O_DIRECTORY);
	T_ERR("read_directory_eisdir", read(fd, buf, 1), EISDIR);
	close(fd);

	t_eq("access_exists", access(path, F_OK), 0);
	t_eq("access_read_write", access(path, R_OK | W_OK), 0);
	/* Even root is refused X_OK on a file nobody may execute. */
	T_ERR("access_x_on_0644_eacces", access(path, X_OK), EACCES);
	T_ERR("access_bad_mode_einval", access(path, 0x100), EINVAL);
	t_eq("access_root_dir", access("/", R_OK | X_OK), 0);
	T_ERR("access_missing_enoent", access("/nonexistent/x", F_OK), ENOENT);
	T_ERR("access_through_file_enotdir", access("/dev/null/x", F_OK), ENOTDIR);

	t_eq("unlink", unlink(path), 0);
	T_ERR("access_after_unlink_enoent", access(path, F_OK), ENOENT);
	T_ERR("unlink_twice_enoent", unlink(path), ENOENT);
	T_ERR("unlink_empty_enoent", unlink(""), ENOENT);
	/* A directory of our own, so that write permission on its parent is ours too. */
	syscall(SYS_mkdirat, AT_FDCWD, path, 0700);
	T_ERR("unlink_directory_eisdir", unlink(path), EISDIR);
	syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
	T_ERR("directory_removed", access(path, F_OK), ENOENT);
}

static void terminals(void)
{
	int p[2], fd;

	pipe(p);
	errno = 0;
	t_eq("isatty_pipe", isatty(p[0]), 0);
	t_eq("isatty_pipe_errno_enotty", errno, ENOTTY);
	fd = open("/dev/null", O_RDWR);
	T_ERR("isatty_dev_null_enotty", isatty(fd) ? 0 : -1, ENOTTY);
	close(fd);
	close(p[0]);
	close(p[1]);
	errno = 0;
	t_eq("isatty_closed_fd", isatty(p[0]), 0);
	t_eq("isatty_closed_fd_errno_ebadf", errno, EBADF);
	/* A pseudo-terminal master is a terminal as far as TIOCGWINSZ goes. */
	fd = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (fd < 0) {
		t_skip("isatty_ptmx", "no /dev/ptmx here");
		return;
	}
	t_eq("isatty_ptmx", isatty(fd), 1);
	close(fd);
}

static void directories(void)
{
	char start[4096], buf[4096];

	t_true("getcwd_start", getcwd(start, sizeof start) == start, "getcwd failed");
	t_eq("getcwd_absolute", start[0], '/');
	t_eq("chdir_root", chdir("/"), 0);
	t_str("getcwd_root", getcwd(buf, sizeof buf), "/");
	T_ERR("getcwd_erange", getcwd(buf, 1) ? 0 : -1, ERANGE);
	T_ERR("getcwd_size_0_einval", getcwd(buf, 0) ? 0 : -1, EINVAL);
	t_eq("chdir_relative", chdir("tmp"), 0);
	t_str("getcwd_after_relative", getcwd(buf, sizeof buf), "/tmp");
	t_eq("chdir_dotdot", chdir(".."), 0);
	t_str("getcwd_after_dotdot", getcwd(buf, sizeof buf), "/");
	T_ERR("chdir_missing_enoent", chdir("/nonexistent"), ENOENT);
	T_ERR("chdir_file_enotdir", chdir("/dev/null"), ENOTDIR);
	T_ERR("chdir_empty_enoent", chdir(""), ENOENT);
	t_str("getcwd_unchanged_by_errors", getcwd(buf, sizeof buf), "/");
	t_eq("chdir_back", chdir(start), 0);
	t_str("getcwd_back", getcwd(buf, sizeof buf), start);
}

int main(void)
{
	file_io();
	terminals();
	directories();
	return t_done();
}
