#ifndef _UNISTD_H
#define _UNISTD_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* sysconf names, numbered as glibc numbers them. */
#define _SC_ARG_MAX          0
#define _SC_CHILD_MAX        1
#define _SC_CLK_TCK          2
#define _SC_NGROUPS_MAX      3
#define _SC_OPEN_MAX         4
#define _SC_STREAM_MAX       5
#define _SC_JOB_CONTROL      7
#define _SC_SAVED_IDS        8
#define _SC_VERSION          29
#define _SC_PAGESIZE         30
#define _SC_PAGE_SIZE        _SC_PAGESIZE
#define _SC_RTSIG_MAX        31
#define _SC_SIGQUEUE_MAX     34
#define _SC_LINE_MAX         43
#define _SC_2_VERSION        46
#define _SC_IOV_MAX          60
#define _SC_LOGIN_NAME_MAX   71
#define _SC_TTY_NAME_MAX     72
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES       85
#define _SC_AVPHYS_PAGES     86
#define _SC_MONOTONIC_CLOCK  149
#define _SC_HOST_NAME_MAX    180

__TD_BEGIN_DECLS

extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
int dup(int fd);
int dup2(int oldfd, int newfd);
int dup3(int oldfd, int newfd, int flags);
pid_t getpid(void);
pid_t getppid(void);
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
pid_t vfork(void);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execvpe(const char *file, char *const argv[], char *const envp[]);
int execl(const char *path, const char *arg, ...);
int execle(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
int fexecve(int fd, char *const argv[], char *const envp[]);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
pid_t setsid(void);
pid_t getsid(pid_t pid);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int setgid(gid_t gid);
int pause(void);
unsigned alarm(unsigned seconds);
_Noreturn void _exit(int status);
int chdir(const char *path);
char *getcwd(char *buf, size_t size);
int unlink(const char *path);
int access(const char *path, int mode);
int isatty(int fd);
unsigned sleep(unsigned seconds);
long syscall(long number, ...);
int rmdir(const char *path);
int link(const char *oldpath, const char *newpath);
int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags);
int symlink(const char *target, const char *path);
int symlinkat(const char *target, int dirfd, const char *path);
ssize_t readlink(const char *__restrict_arg path, char *__restrict_arg buf, size_t size);
ssize_t readlinkat(int dirfd, const char *__restrict_arg path, char *__restrict_arg buf, size_t size);
int unlinkat(int dirfd, const char *path, int flags);
int truncate(const char *path, off_t length);
int ftruncate(int fd, off_t length);
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
int chown(const char *path, uid_t owner, gid_t group);
int fchown(int fd, uid_t owner, gid_t group);
int lchown(const char *path, uid_t owner, gid_t group);
int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags);
int fchdir(int fd);
int faccessat(int dirfd, const char *path, int mode, int flags);
ssize_t pread(int fd, void *buf, size_t count, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset);
int gethostname(char *name, size_t len);
int setreuid(uid_t ruid, uid_t euid);
int setregid(gid_t rgid, gid_t egid);
int seteuid(uid_t euid);
int setegid(gid_t egid);
int getgroups(int size, gid_t list[]);
long sysconf(int name);

#ifdef __TD_MISC
int chroot(const char *path);
int sethostname(const char *name, size_t len);
int getpagesize(void);
int usleep(useconds_t usec);
#endif

#ifdef __TD_GNU
pid_t gettid(void);
int syncfs(int fd);
int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);
int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid);
int setresuid(uid_t ruid, uid_t euid, uid_t suid);
int setresgid(gid_t rgid, gid_t egid, gid_t sgid);
ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len, unsigned flags);
#endif

#ifdef __TD_POSIX
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);
#endif

__TD_END_DECLS

#endif
