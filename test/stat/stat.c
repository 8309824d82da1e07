/* <sys/stat.h>: stat, fstat, lstat, fstatat, mkdir*, chmod*, umask, mknod*, mkfifo*, utimensat. */
#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>
#include "t.h"

static char dir[64], file[128], link_path[128], fifo[128];

static char *in_dir(char *buf, const char *name)
{
	size_t n = strlen(dir);

	memcpy(buf, dir, n);
	buf[n] = '/';
	strcpy(buf + n + 1, name);
	return buf;
}

static void rm(const char *path, int flags)
{
	syscall(SYS_unlinkat, AT_FDCWD, path, flags);
}

static void widths(void)
{
	struct stat st;

	/* 64-bit on every arch, 32-bit ones included. */
	t_eq("st_size_64bit", sizeof st.st_size, 8);
	t_eq("st_ino_64bit", sizeof st.st_ino, 8);
	t_eq("st_dev_64bit", sizeof st.st_dev, 8);
	t_eq("st_blocks_64bit", sizeof st.st_blocks, 8);
	t_eq("st_mtim_sec_64bit", sizeof st.st_mtim.tv_sec, 8);
	t_eq("st_mtime_is_mtim_sec", (char *)&st.st_mtime - (char *)&st, offsetof(struct stat, st_mtim.tv_sec));
	t_true("s_is_macros", S_ISDIR(S_IFDIR | 0755) && S_ISREG(S_IFREG) && S_ISLNK(S_IFLNK | 0777) &&
		S_ISFIFO(S_IFIFO) && S_ISCHR(S_IFCHR) && S_ISBLK(S_IFBLK) && S_ISSOCK(S_IFSOCK) &&
		!S_ISREG(S_IFDIR) && !S_ISDIR(S_IFLNK) && !S_ISCHR(S_IFBLK), "an S_IS* macro is wrong");
	t_eq("s_irwxu_bits", S_IRWXU, S_IRUSR | S_IWUSR | S_IXUSR);
	t_eq("s_ifmt", S_IFMT, 0170000);
}

static void dirs(void)
{
	struct stat st;
	char sub[128];

	t_eq("umask_set_022", (umask(022), umask(022)), 022);
	t_eq("mkdir", mkdir(t_tmpname(dir, "stat"), 0777), 0);
	t_eq("stat_dir", stat(dir, &st), 0);
	t_true("stat_dir_is_dir", S_ISDIR(st.st_mode), "S_ISDIR false for a directory");
	t_eq("mkdir_mode_masked", st.st_mode & 07777, 0755);
	t_eq("stat_dir_nlink", st.st_nlink, 2);
	t_eq("stat_dir_uid", st.st_uid, geteuid());
	T_ERR("mkdir_exists_eexist", mkdir(dir, 0700), EEXIST);
	T_ERR("mkdir_missing_parent_enoent", mkdir("/nonexistent/a/b", 0700), ENOENT);
	T_ERR("mkdir_through_file_enotdir", mkdir("/dev/null/x", 0700), ENOTDIR);
	T_ERR("mkdir_empty_enoent", mkdir("", 0700), ENOENT);
	t_eq("umask_returns_old", umask(077), 022);
	t_eq("mkdir_sub", mkdir(in_dir(sub, "sub"), 0777), 0);
	t_eq("umask_restore", umask(022), 077);
	stat(sub, &st);
	t_eq("mkdir_mode_umask_077", st.st_mode & 07777, 0700);
	stat(dir, &st);
	t_eq("parent_nlink_grows", st.st_nlink, 3);
	rm(sub, AT_REMOVEDIR);
}

static void files(void)
{
	struct stat st, fst, lst;
	int fd, dfd;

	fd = open(in_dir(file, "f"), O_RDWR | O_CREAT | O_EXCL, 0666);
	t_eq("write_ten", write(fd, "0123456789", 10), 10);
	t_eq("stat_file", stat(file, &st), 0);
	t_true("stat_file_is_reg", S_ISREG(st.st_mode), "S_ISREG false for a file");
	t_eq("stat_file_mode", st.st_mode & 07777, 0644);
	t_eq("stat_file_size", st.st_size, 10);
	t_eq("stat_file_nlink", st.st_nlink, 1);
	t_eq("fstat_file", fstat(fd, &fst), 0);
	t_eq("fstat_same_ino", fst.st_ino, st.st_ino);
	t_eq("fstat_same_dev", fst.st_dev, st.st_dev);
	t_eq("fstat_same_size", fst.st_size, 10);
	t_true("st_blksize_positive", fst.st_blksize > 0, "st_blksize <= 0");
	lseek(fd, (off_t)1 << 33, SEEK_SET);
	write(fd, "x", 1);
	fstat(fd, &fst);
	t_eq("fstat_size_beyond_4gb", fst.st_size, ((off_t)1 << 33) + 1);
	T_ERR("fstat_ebadf", fstat(-1, &fst), EBADF);
	T_ERR("fstat_at_fdcwd_ebadf", fstat(AT_FDCWD, &fst), EBADF);
	T_ERR("fstat_closed_ebadf", fstat(999, &fst), EBADF);
	T_ERR("stat_missing_enoent", stat("/nonexistent", &st), ENOENT);
	T_ERR("stat_empty_enoent", stat("", &st), ENOENT);
	T_ERR("stat_bad_path_efault", stat((char *)8, &st), EFAULT);
	T_ERR("stat_through_file_enotdir", stat("/dev/null/x", &st), ENOTDIR);

	t_eq("symlink_made", syscall(SYS_symlinkat, "f", AT_FDCWD, in_dir(link_path, "l")), 0);
	t_eq("lstat_link", lstat(link_path, &lst), 0);
	t_true("lstat_is_link", S_ISLNK(lst.st_mode), "S_ISLNK false for a symlink");
	t_eq("lstat_link_size", lst.st_size, 1);
	t_eq("stat_follows_link", (stat(link_path, &st), st.st_ino), fst.st_ino);
	T_ERR("lstat_missing_enoent", lstat("/nonexistent", &lst), ENOENT);

	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	t_eq("fstatat_relative", fstatat(dfd, "f", &st, 0), 0);
	t_eq("fstatat_relative_ino", st.st_ino, fst.st_ino);
	t_eq("fstatat_nofollow", fstatat(dfd, "l", &st, AT_SYMLINK_NOFOLLOW), 0);
	t_eq("fstatat_nofollow_is_link", S_ISLNK(st.st_mode), 1);
	t_eq("fstatat_empty_path", fstatat(fd, "", &st, AT_EMPTY_PATH), 0);
	t_eq("fstatat_empty_path_ino", st.st_ino, fst.st_ino);
	T_ERR("fstatat_bad_flag_einval", fstatat(dfd, "f", &st, 0x40000000), EINVAL);
	T_ERR("fstatat_bad_dirfd_ebadf", fstatat(-5, "f", &st, 0), EBADF);
	T_ERR("fstatat_file_dirfd_enotdir", fstatat(fd, "f", &st, 0), ENOTDIR);

	t_eq("stat_dev_null", stat("/dev/null", &st), 0);
	t_true("dev_null_is_chr", S_ISCHR(st.st_mode), "S_ISCHR false for /dev/null");
	t_eq("dev_null_rdev_1_3", st.st_rdev, 0x103);

	t_eq("chmod", chmod(file, 0600), 0);
	t_eq("chmod_mode", (stat(file, &st), st.st_mode & 07777), 0600);
	t_eq("fchmod", fchmod(fd, 04640), 0);
	t_eq("fchmod_mode", (fstat(fd, &st), st.st_mode & 07777), 04640);
	t_eq("fchmodat", fchmodat(dfd, "f", 0604, 0), 0);
	t_eq("fchmodat_mode", (stat(file, &st), st.st_mode & 07777), 0604);
	t_eq("fchmodat_nofollow_file", fchmodat(dfd, "f", 0611, AT_SYMLINK_NOFOLLOW), 0);
	t_eq("fchmodat_nofollow_mode", (stat(file, &st), st.st_mode & 07777), 0611);
	T_ERR("fchmodat_nofollow_link_eopnotsupp", fchmodat(dfd, "l", 0600, AT_SYMLINK_NOFOLLOW), EOPNOTSUPP);
	t_eq("fchmodat_link_unchanged", (stat(file, &st), st.st_mode & 07777), 0611);
	T_ERR("fchmodat_nofollow_missing_enoent", fchmodat(dfd, "zz", 0600, AT_SYMLINK_NOFOLLOW), ENOENT);
	T_ERR("fchmodat_bad_flag_einval", fchmodat(dfd, "f", 0600, 0x8000), EINVAL);
	T_ERR("chmod_missing_enoent", chmod("/nonexistent", 0600), ENOENT);
	T_ERR("fchmod_ebadf", fchmod(-1, 0600), EBADF);
	close(dfd);
	close(fd);
}

static void nodes(void)
{
	struct stat st;
	char p[128];
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);

	t_eq("mkfifo", mkfifo(in_dir(fifo, "p"), 0666), 0);
	t_eq("mkfifo_stat", stat(fifo, &st), 0);
	t_true("mkfifo_is_fifo", S_ISFIFO(st.st_mode), "S_ISFIFO false for a fifo");
	t_eq("mkfifo_mode", st.st_mode & 07777, 0644);
	T_ERR("mkfifo_exists_eexist", mkfifo(fifo, 0600), EEXIST);
	t_eq("mkfifoat", mkfifoat(dfd, "q", 0600), 0);
	t_eq("mkfifoat_is_fifo", (stat(in_dir(p, "q"), &st), S_ISFIFO(st.st_mode)), 1);
	rm(p, 0);
	T_ERR("mkfifoat_bad_dirfd_ebadf", mkfifoat(-5, "q", 0600), EBADF);
	t_eq("mknod_regular", mknod(in_dir(p, "r"), S_IFREG | 0640, 0), 0);
	t_eq("mknod_regular_mode", (stat(p, &st), st.st_mode), S_IFREG | 0640);
	t_eq("mknod_regular_size", st.st_size, 0);
	T_ERR("mknod_exists_eexist", mknod(p, S_IFREG | 0600, 0), EEXIST);
	rm(p, 0);
	T_ERR("mknod_huge_dev_einval", mknod(p, S_IFCHR | 0600, (dev_t)1 << 40), EINVAL);
	/* Linux refuses S_IFDIR with EPERM, not the EINVAL POSIX suggests. */
	T_ERR("mknodat_dir_type_eperm", mknodat(dfd, "d", S_IFDIR | 0700, 0), EPERM);
	if (geteuid() == 0) {
		t_eq("mknod_chr_root", mknod(p, S_IFCHR | 0600, 0x103), 0);
		t_eq("mknod_chr_rdev", (stat(p, &st), st.st_rdev), 0x103);
		rm(p, 0);
	} else {
		T_ERR("mknod_chr_eperm", mknod(p, S_IFCHR | 0600, 0x103), EPERM);
	}
	close(dfd);
}

static void file_times(void)
{
	struct timespec ts[2] = { { 1000000000, 123456789 }, { 2000000000, 987654321 } };
	struct stat st;
	int fd = open(file, O_RDONLY);

	t_eq("utimensat", utimensat(AT_FDCWD, file, ts, 0), 0);
	stat(file, &st);
	t_eq("utimensat_atime_sec", st.st_atim.tv_sec, 1000000000);
	t_eq("utimensat_atime_nsec", st.st_atim.tv_nsec, 123456789);
	t_eq("utimensat_mtime_sec", st.st_mtime, 2000000000);
	t_eq("utimensat_mtime_nsec", st.st_mtim.tv_nsec, 987654321);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 4102444800LL;
	ts[1].tv_nsec = 5;
	t_eq("futimens_past_2038", futimens(fd, ts), 0);
	fstat(fd, &st);
	t_eq("utime_omit_keeps_atime", st.st_atime, 1000000000);
	t_eq("futimens_mtime_2100", st.st_mtim.tv_sec, 4102444800LL);
	t_eq("futimens_mtime_nsec", st.st_mtim.tv_nsec, 5);
	ts[1].tv_nsec = UTIME_NOW;
	t_eq("utime_now", futimens(fd, ts), 0);
	fstat(fd, &st);
	t_true("utime_now_not_2100", st.st_mtim.tv_sec < 4102444800LL && st.st_mtim.tv_sec > 1000000000,
		"UTIME_NOW did not set the current time");
	t_eq("utimensat_null_times", utimensat(AT_FDCWD, file, NULL, 0), 0);
	t_eq("utimensat_nofollow_link", utimensat(AT_FDCWD, link_path, NULL, AT_SYMLINK_NOFOLLOW), 0);
	ts[1].tv_nsec = 1000000000;
	T_ERR("utimensat_bad_nsec_einval", utimensat(AT_FDCWD, file, ts, 0), EINVAL);
	T_ERR("utimensat_missing_enoent", utimensat(AT_FDCWD, "/nonexistent", NULL, 0), ENOENT);
	T_ERR("futimens_ebadf", futimens(-1, NULL), EBADF);
	close(fd);
}

int main(void)
{
	widths();
	dirs();
	files();
	nodes();
	file_times();
	rm(fifo, 0);
	rm(link_path, 0);
	rm(file, 0);
	rm(dir, AT_REMOVEDIR);
	return t_done();
}
