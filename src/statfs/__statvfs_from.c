#include <string.h>
#include "kstatfs.h"

void __statvfs_from(struct statvfs *vfs, const struct statfs *fs)
{
	memset(vfs, 0, sizeof *vfs);
	vfs->f_bsize = fs->f_bsize;
	/* Kernels before 2.6 left f_frsize zero: the block size then. */
	vfs->f_frsize = fs->f_frsize ? fs->f_frsize : fs->f_bsize;
	vfs->f_blocks = fs->f_blocks;
	vfs->f_bfree = fs->f_bfree;
	vfs->f_bavail = fs->f_bavail;
	vfs->f_files = fs->f_files;
	vfs->f_ffree = fs->f_ffree;
	vfs->f_favail = fs->f_ffree;
	vfs->f_fsid = (unsigned)fs->f_fsid.__val[0];
	vfs->f_flag = fs->f_flags & KSTATFS_ST_VALID ? fs->f_flags & ~(unsigned long)KSTATFS_ST_VALID : 0;
	vfs->f_namemax = fs->f_namelen;
	vfs->f_type = (unsigned)fs->f_type;
}
