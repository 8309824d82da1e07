/* statfs fstatfs statvfs fstatvfs: / and a tmpfs of known size in a private mount namespace. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include "t.h"

#define TMPFS_MAGIC 0x01021994
#define PROC_SUPER_MAGIC 0x9fa0
#define ST_VALID 0x20

static void root(void)
{
	struct statfs fs, ffs;
	struct statvfs vfs, fvfs;
	int fd = open("/", O_RDONLY | O_DIRECTORY), i, spare = 0;

	memset(&fs, 0xff, sizeof fs);
	t_eq("statfs_root", statfs("/", &fs), 0);
	for (i = 0; i < 4; i++)
		spare |= fs.f_spare[i] != 0;
	t_eq("statfs_spare_zeroed", spare, 0);
	t_eq("statfs_st_valid", (long long)(fs.f_flags & ST_VALID), ST_VALID);
	t_true("statfs_bsize", fs.f_bsize > 0 && fs.f_frsize > 0, "zero block size");
	t_true("statfs_namelen", fs.f_namelen >= 14 && fs.f_namelen <= 4096, "odd name length");
	t_true("statfs_counts", fs.f_bfree <= fs.f_blocks && fs.f_bavail <= fs.f_blocks &&
				       fs.f_ffree <= fs.f_files, "free above total");
	t_eq("fstatfs_root", fstatfs(fd, &ffs), 0);
	t_eq("fstatfs_same_type", (long long)ffs.f_type, (long long)fs.f_type);
	t_eq("fstatfs_same_blocks", (long long)ffs.f_blocks, (long long)fs.f_blocks);
	t_eq("fstatfs_same_fsid", ffs.f_fsid.__val[0], fs.f_fsid.__val[0]);
	t_eq("statvfs_root", statvfs("/", &vfs), 0);
	t_eq("statvfs_bsize", (long long)vfs.f_bsize, (long long)fs.f_bsize);
	t_eq("statvfs_frsize", (long long)vfs.f_frsize, (long long)fs.f_frsize);
	t_eq("statvfs_blocks", (long long)vfs.f_blocks, (long long)fs.f_blocks);
	t_eq("statvfs_files", (long long)vfs.f_files, (long long)fs.f_files);
	t_eq("statvfs_namemax", (long long)vfs.f_namemax, (long long)fs.f_namelen);
	t_eq("statvfs_type", vfs.f_type, (unsigned)fs.f_type);
	t_eq("statvfs_fsid", (long long)vfs.f_fsid, (long long)(unsigned)fs.f_fsid.__val[0]);
	t_eq("statvfs_flag", (long long)vfs.f_flag, (long long)(fs.f_flags & ~(unsigned long)ST_VALID));
	t_eq("fstatvfs_root", fstatvfs(fd, &fvfs), 0);
	t_eq("fstatvfs_same", (long long)fvfs.f_blocks, (long long)vfs.f_blocks);
	close(fd);
	if (statfs("/proc", &fs) == 0 && fs.f_type == PROC_SUPER_MAGIC)
		t_eq("statfs_proc_type", (long long)fs.f_type, PROC_SUPER_MAGIC);
	else
		t_skip("statfs_proc_type", "/proc not mounted");
}

static void errors(void)
{
	struct statfs fs;
	struct statvfs vfs;
	char file[64], path[80];

	T_ERR("statfs_enoent", statfs("/nonexistent/trapdoor", &fs), ENOENT);
	T_ERR("statfs_empty_enoent", statfs("", &fs), ENOENT);
	T_ERR("fstatfs_ebadf", fstatfs(-1, &fs), EBADF);
	T_ERR("statvfs_enoent", statvfs("/nonexistent/trapdoor", &vfs), ENOENT);
	T_ERR("fstatvfs_ebadf", fstatvfs(-1, &vfs), EBADF);
	T_ERR("statfs_efault", statfs("/", (struct statfs *)8), EFAULT);
	close(open(t_tmpname(file, "statfs"), O_WRONLY | O_CREAT, 0600));
	strcpy(path, file);
	strcat(path, "/x");
	T_ERR("statvfs_enotdir", statvfs(path, &vfs), ENOTDIR);
	unlink(file);
}

/* Child: a 1 MiB tmpfs with 100 inodes, nosuid, nodev, read-only (relatime by default); exits with the failed step. */
static void tmpfs_child(void)
{
	char dir[64];
	struct statfs fs;
	struct statvfs vfs;
	long page = sysconf(_SC_PAGESIZE);

	if (unshare(CLONE_NEWNS))
		_exit(errno == EPERM || errno == EINVAL ? 77 : 1);
	if (mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL))
		_exit(77);
	mkdir(t_tmpname(dir, "statfs-mnt"), 0755);
	if (mount("none", dir, "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=1m,nr_inodes=100"))
		_exit(77);
	if (statfs(dir, &fs) || fs.f_type != TMPFS_MAGIC)
		_exit(2);
	if ((long)fs.f_bsize != page || fs.f_blocks != (fsblkcnt_t)(1048576 / page) || fs.f_files != 100)
		_exit(3);
	if (statvfs(dir, &vfs) || vfs.f_blocks != fs.f_blocks || vfs.f_bfree != fs.f_blocks)
		_exit(4);
	if (vfs.f_flag != (ST_RDONLY | ST_NOSUID | ST_NODEV | ST_RELATIME) || vfs.f_namemax != 255 || vfs.f_favail != 99)
		_exit(5);
	if (vfs.f_type != TMPFS_MAGIC)
		_exit(6);
	umount(dir);
	rmdir(dir);
	_exit(0);
}

int main(void)
{
	int status;

	root();
	errors();
	if (geteuid() != 0) {
		t_skip("tmpfs_statvfs", "not root: cannot mount a tmpfs");
		return t_done();
	}
	status = t_in_child(tmpfs_child);
	if (status == 77 << 8)
		t_skip("tmpfs_statvfs", "unshare(CLONE_NEWNS) or mount refused here");
	else
		T_EXITED("tmpfs_statvfs", status, 0);
	return t_done();
}
