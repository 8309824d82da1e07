#include <errno.h>
#include <unistd.h>
#include "pathconf_impl.h"

/* Link count limits of the file systems that have their own (the kernel does not say). */
static long link_max(unsigned long type)
{
	switch (type) {
	case 0xef53: /* ext2, ext3, ext4 (through the ext4 driver) */
		return 65000;
	case 0x9123683e: /* btrfs */
		return 65535;
	case 0x58465342: /* xfs */
		return 2147483647;
	}
	return 127;
}

long __pathconf_of(const struct statfs *fs, int name)
{
	switch (name) {
	case _PC_LINK_MAX: return link_max(fs->f_type);
	case _PC_MAX_CANON:
	case _PC_MAX_INPUT: return 255;
	case _PC_NAME_MAX: return (long)fs->f_namelen;
	case _PC_PATH_MAX:
	case _PC_PIPE_BUF: return 4096;
	case _PC_CHOWN_RESTRICTED:
	case _PC_NO_TRUNC:
	case _PC_2_SYMLINKS: return 1;
	case _PC_VDISABLE: return 0;
	case _PC_FILESIZEBITS: return 64;
	case _PC_REC_MIN_XFER_SIZE:
	case _PC_REC_XFER_ALIGN: return (long)fs->f_bsize;
	case _PC_ALLOC_SIZE_MIN: return (long)(fs->f_frsize ? fs->f_frsize : fs->f_bsize);
	case _PC_SYNC_IO:
	case _PC_ASYNC_IO:
	case _PC_PRIO_IO:
	case _PC_SOCK_MAXBUF:
	case _PC_REC_INCR_XFER_SIZE:
	case _PC_REC_MAX_XFER_SIZE:
	case _PC_SYMLINK_MAX: return -1;
	}
	errno = EINVAL;
	return -1;
}
