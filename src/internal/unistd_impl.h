/* Reserved names of <unistd.h> functions the library calls itself. */
#ifndef TRAPDOOR_UNISTD_IMPL_H
#define TRAPDOOR_UNISTD_IMPL_H

#include <unistd.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "libc.h"

hidden ssize_t __read(int fd, void *buf, size_t count);
hidden ssize_t __write(int fd, const void *buf, size_t count);
hidden int __close(int fd);
hidden off_t __lseek(int fd, off_t offset, int whence);
hidden int __isatty(int fd);
hidden int __access(const char *path, int mode);
hidden int __dup3(int oldfd, int newfd, int flags);
hidden int __pipe2(int fds[2], int flags);
hidden pid_t __fork(void);
hidden int __login_tty(int fd);
hidden int __openpty(int *master, int *slave, char *name, const struct termios *t,
		     const struct winsize *ws);
hidden int __ttyname_r(int fd, char *buf, size_t size);
hidden int __getlogin_r(char *buf, size_t size);
hidden int __getentropy(void *buf, size_t len);
hidden int __execve(const char *path, char *const argv[], char *const envp[]);
hidden long __sysconf(int name);

#endif
