/*
 * A stream over a caller's buffer of size bytes, as glibc 2.22 and later
 * behave: reads stop at the end of the data (size for r and r+, none for w
 * and w+, the first NUL for a and a+); outside binary mode a write keeps
 * room for a NUL after it unless it ends in one, and writes the NUL; a
 * write with no room left fails with ENOSPC; seeks must land within
 * [0, size].  A NULL buffer is allocated here and freed by fclose.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"
#include "string_impl.h"

struct memfile {
	FILE f;
	unsigned char *buf;
	size_t size, pos, end;
	int append, binary, own;
	unsigned char room[UNGET + BUFSIZ];
};

static ssize_t mem_read(FILE *f, unsigned char *b, size_t n)
{
	struct memfile *m = (struct memfile *)f;

	if (n > m->end - m->pos)
		n = m->pos < m->end ? m->end - m->pos : 0;
	memcpy(b, m->buf + m->pos, n);
	m->pos += n;
	return n;
}

static ssize_t mem_write(FILE *f, const unsigned char *b, size_t n)
{
	struct memfile *m = (struct memfile *)f;

	size_t nul = !m->binary && (!n || b[n - 1]);

	if (m->append)
		m->pos = m->end;
	if (m->pos + n + nul > m->size) {
		if (m->pos + nul >= m->size) {
			errno = ENOSPC;
			return -1;
		}
		n = m->size - m->pos - nul;
	}
	memcpy(m->buf + m->pos, b, n);
	m->pos += n;
	if (m->pos > m->end)
		m->end = m->pos;
	if (nul)
		m->buf[m->pos] = 0;
	return n;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	struct memfile *m = (struct memfile *)f;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->end;

	if (off < -base || off > (off_t)m->size - base) {
		errno = EINVAL;
		return -1;
	}
	return m->pos = base + off;
}

static int mem_close(FILE *f)
{
	struct memfile *m = (struct memfile *)f;

	if (m->own)
		free(m->buf);
	return 0;
}

static const struct __stream_io mem_io = { mem_read, mem_write, mem_seek, mem_close };

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int oflags, flags = __fmodeflags(mode, &oflags), own = !buf;
	struct memfile *m;

	if (flags < 0)
		return 0;
	m = calloc(1, sizeof *m);
	if (!m || (own && !(buf = calloc(1, size ? size : 1)))) {
		free(m);
		errno = ENOMEM;
		return 0;
	}
	m->own = own;
	m->buf = buf;
	m->size = size;
	m->binary = strchr(mode, 'b') != 0;
	if (*mode == 'r')
		m->end = size;
	else if (*mode == 'a')
		m->pos = m->end = __strnlen(buf, size);
	m->append = *mode == 'a';
	m->f.fd = -1;
	m->f.flags = flags | F_OWN;
	m->f.lbf = EOF;
	m->f.buf = m->room + UNGET;
	m->f.size = BUFSIZ;
	m->f.io = &mem_io;
	__ofl_add(&m->f);
	return &m->f;
}
