/*
 * A write stream into a buffer that grows; *ptr and *sizeloc show the text
 * (always NUL-terminated) and the current position after each fflush and at
 * fclose.  A seek past the end and a write there fill the gap with zeros.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

struct memstream {
	FILE f;
	char *buf, **ptr;
	size_t *sizeloc, pos, len, cap;
	unsigned char room[UNGET + BUFSIZ];
};

static ssize_t ms_write(FILE *f, const unsigned char *b, size_t n)
{
	struct memstream *m = (struct memstream *)f;

	if (m->pos + n + 1 > m->cap) {
		size_t cap = m->cap * 2 > m->pos + n + 1 ? m->cap * 2 : m->pos + n + 1;
		char *p = realloc(m->buf, cap);

		if (!p)
			return -1;
		m->buf = p;
		m->cap = cap;
	}
	if (m->pos > m->len)
		memset(m->buf + m->len, 0, m->pos - m->len);
	memcpy(m->buf + m->pos, b, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	m->buf[m->len] = 0;
	*m->ptr = m->buf;
	*m->sizeloc = m->pos;
	return n;
}

static ssize_t ms_read(FILE *f, unsigned char *b, size_t n)
{
	(void)f;
	(void)b;
	(void)n;
	errno = EBADF;
	return -1;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct memstream *m = (struct memstream *)f;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;

	if (off < -base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = base + off;
	*m->sizeloc = m->pos < m->len ? m->pos : m->len;
	return m->pos;
}

static int ms_close(FILE *f)
{
	(void)f;
	return 0;
}

static const struct __stream_io ms_io = { ms_read, ms_write, ms_seek, ms_close };

FILE *open_memstream(char **ptr, size_t *sizeloc)
{
	struct memstream *m;

	if (!ptr || !sizeloc) {
		errno = EINVAL;
		return 0;
	}
	m = calloc(1, sizeof *m);
	if (!m || !(m->buf = calloc(1, 64))) {
		free(m);
		errno = ENOMEM;
		return 0;
	}
	m->cap = 64;
	m->ptr = ptr;
	m->sizeloc = sizeloc;
	*ptr = m->buf;
	*sizeloc = 0;
	m->f.fd = -1;
	m->f.flags = F_NORD | F_OWN;
	m->f.lbf = EOF;
	m->f.buf = m->room + UNGET;
	m->f.size = BUFSIZ;
	m->f.io = &ms_io;
	__ofl_add(&m->f);
	return &m->f;
}
