/*
 * The FILE structure and the stream layer's private helpers.
 *
 * A stream is in one of two modes at a time.  Reading: [rpos, rend) holds
 * bytes read ahead from fd.  Writing: [wbase, wpos) holds bytes not yet
 * written and [wpos, wend) is free room.  The other window is null; moving
 * between modes flushes (see __toread, __towrite).  UNGET bytes before buf
 * leave room for ungetc.
 */
#ifndef TRAPDOOR_STDIO_IMPL_H
#define TRAPDOOR_STDIO_IMPL_H

#include <stdio.h>
#include "format.h"
#include "libc.h"

#define UNGET 8

#define F_NORD 1        /* opened without read access */
#define F_NOWR 2        /* opened without write access */
#define F_EOF  4
#define F_ERR  8
#define F_APP  16       /* O_APPEND: writes go to the end */
#define F_OWN  32       /* allocated by fopen/fdopen/popen: fclose frees it */

/* lbf before the first write: the mode is chosen by isatty then. */
#define LBF_UNSET (-2)

/* A stream without a descriptor (fmemopen, open_memstream): its own I/O. */
struct __stream_io {
	ssize_t (*read)(FILE *f, unsigned char *buf, size_t n);
	ssize_t (*write)(FILE *f, const unsigned char *buf, size_t n);
	off_t (*seek)(FILE *f, off_t offset, int whence);
	int (*close)(FILE *f);
};

struct __FILE {
	unsigned flags;
	int fd;
	int lbf;                /* '\n' when line-buffered, EOF otherwise */
	unsigned char *buf;
	size_t size;            /* 0 when unbuffered */
	unsigned char *rpos, *rend;
	unsigned char *wbase, *wpos, *wend;
	pid_t pid;              /* popen's child */
	FILE *prev, *next;      /* streams from fopen, for fflush(NULL) and exit */
	const struct __stream_io *io;   /* NULL: the descriptor fd */
};

hidden int __towrite(FILE *f);
hidden int __toread(FILE *f);
hidden int __flush(FILE *f);
hidden size_t __fwritex(const unsigned char *s, size_t n, FILE *f);
hidden size_t __stdio_write(FILE *f, const unsigned char *s, size_t n);
/* read, lseek and close of the stream's descriptor, or of its own I/O. */
hidden ssize_t __stdio_read(FILE *f, unsigned char *buf, size_t n);
hidden off_t __stdio_seek(FILE *f, off_t offset, int whence);
hidden int __stdio_close(FILE *f);
hidden int __overflow(FILE *f, int c);
hidden int __uflow(FILE *f);
/* Flushes stdout, stderr and open streams; only line-buffered ones if lbf_only. */
hidden void __flush_all(int lbf_only);

/* Stream flags and open(2) flags for a mode string; -1 and EINVAL if bad. */
hidden int __fmodeflags(const char *mode, int *oflags);
hidden FILE *__fdopen_flags(int fd, int flags);
hidden void __ofl_add(FILE *f);
hidden void __ofl_del(FILE *f);
/* The streams fopen, fdopen and popen opened (src/stdio/__ofl.c), newest first. */
extern hidden FILE *__ofl_head;

/* A fresh name for tmpnam and tmpfile in buf[L_tmpnam]; whether it is unused. */
hidden void __tmp_name(char *buf);
hidden int __tmp_name_free(const char *name);

/* The printf family's engines, with the optional conversions in ops (format.h). */
hidden int __vfprintf_ops(FILE *f, const char *fmt, va_list ap, const struct __fmt_ops *ops);
hidden int __vsnprintf_ops(char *s, size_t n, const char *fmt, va_list ap,
			   const struct __fmt_ops *ops);
hidden int __vdprintf_ops(int fd, const char *fmt, va_list ap, const struct __fmt_ops *ops);
hidden int __vasprintf_ops(char **s, const char *fmt, va_list ap, const struct __fmt_ops *ops);

/* Reserved names of the <stdio.h> functions the library calls itself. */
hidden int __fseeko(FILE *f, off_t offset, int whence);
hidden off_t __ftello(FILE *f);
hidden int __renameat(int oldfd, const char *old, int newfd, const char *new);
hidden ssize_t __getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f);

#endif
