#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

ssize_t __stdio_read(FILE *f, unsigned char *buf, size_t n)
{
	return f->io ? f->io->read(f, buf, n) : __read(f->fd, buf, n);
}

off_t __stdio_seek(FILE *f, off_t offset, int whence)
{
	return f->io ? f->io->seek(f, offset, whence) : __lseek(f->fd, offset, whence);
}

int __stdio_close(FILE *f)
{
	return f->io ? f->io->close(f) : __close(f->fd);
}
