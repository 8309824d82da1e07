#ifndef _MNTENT_H
#define _MNTENT_H

#include <features.h>
#include <stdio.h>

#define MNTTAB  "/etc/fstab"
#define MOUNTED "/etc/mtab"

#define MNTTYPE_IGNORE "ignore"
#define MNTTYPE_NFS    "nfs"
#define MNTTYPE_SWAP   "swap"

#define MNTOPT_DEFAULTS "defaults"
#define MNTOPT_RO       "ro"
#define MNTOPT_RW       "rw"
#define MNTOPT_SUID     "suid"
#define MNTOPT_NOSUID   "nosuid"
#define MNTOPT_NOAUTO   "noauto"

struct mntent {
	char *mnt_fsname;
	char *mnt_dir;
	char *mnt_type;
	char *mnt_opts;
	int mnt_freq;
	int mnt_passno;
};

__TD_BEGIN_DECLS

FILE *setmntent(const char *path, const char *mode);
struct mntent *getmntent(FILE *f);
struct mntent *getmntent_r(FILE *f, struct mntent *mnt, char *buf, int size);
int addmntent(FILE *f, const struct mntent *mnt);
int endmntent(FILE *f);
char *hasmntopt(const struct mntent *mnt, const char *opt);

__TD_END_DECLS

#endif
