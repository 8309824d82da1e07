/* readv writev preadv pwritev (offsets above 4 GiB on a sparse file), sendfile, copy_file_range. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include "t.h"

#define GIB5 (5LL << 30)

static char in_path[64], out_path[64];

static void vectors(void)
{
	int p[2], fd;
	char a[4], b[8], c[16];
	struct iovec w[2] = { { "hello", 5 }, { " world", 6 } };
	struct iovec r[3] = { { a, 3 }, { b, 4 }, { c, sizeof c } };

	if (pipe(p))
		return;
	t_eq("writev_pipe", writev(p[1], w, 2), 11);
	close(p[1]);
	memset(c, 0, sizeof c);
	t_eq("readv_pipe", readv(p[0], r, 3), 11);
	t_true("readv_split", !memcmp(a, "hel", 3) && !memcmp(b, "lo w", 4) && !strcmp(c, "orld"), "wrong bytes");
	t_eq("readv_eof", readv(p[0], r, 3), 0);
	T_ERR("preadv_pipe_espipe", preadv(p[0], r, 3, 0), ESPIPE);
	close(p[0]);
	T_ERR("readv_ebadf", readv(-1, r, 1), EBADF);
	T_ERR("writev_negative_count", writev(1, w, -1), EINVAL);
	T_ERR("writev_too_many", writev(1, w, UIO_MAXIOV + 1), EINVAL);

	fd = open(t_tmpname(in_path, "uio-in"), O_RDWR | O_CREAT | O_TRUNC, 0600);
	t_eq("pwritev_5gib", pwritev(fd, w, 2, GIB5 + 3), 11);
	t_eq("pwritev_keeps_offset", lseek(fd, 0, SEEK_CUR), 0);
	memset(c, 0, sizeof c);
	t_eq("preadv_5gib", preadv(fd, r, 3, GIB5 + 3), 11);
	t_true("preadv_5gib_bytes", !memcmp(a, "hel", 3) && !memcmp(b, "lo w", 4) && !strcmp(c, "orld"), "wrong bytes");
	memset(c, 0, sizeof c);
	t_eq("pread_5gib", pread(fd, c, 5, GIB5 + 9), 5);
	t_str("pread_5gib_bytes", c, "world");
	/* The low word alone (5 GiB mod 4 GiB): zeros, as nothing was written there. */
	memset(a, 'x', sizeof a);
	t_eq("pread_1gib_hole", pread(fd, a, 3, GIB5 + 3 - (4LL << 30)), 3);
	t_true("pread_1gib_zero", !a[0] && !a[1] && !a[2], "data at the truncated offset");
	t_eq("preadv_eof", preadv(fd, r, 3, GIB5 + 100), 0);
	T_ERR("preadv_negative_offset", preadv(fd, r, 3, -1), EINVAL);
	close(fd);
}

static void send_copy(void)
{
	int in = open(in_path, O_RDWR), out, app;
	char buf[64];
	off_t off = GIB5 + 3, off_out;
	struct stat st;

	out = open(t_tmpname(out_path, "uio-out"), O_RDWR | O_CREAT | O_TRUNC, 0600);
	t_eq("sendfile_5gib", sendfile(out, in, &off, 100), 11);
	t_eq("sendfile_offset_moved", off, GIB5 + 14);
	t_eq("sendfile_in_position", lseek(in, 0, SEEK_CUR), 0);
	memset(buf, 0, sizeof buf);
	t_eq("sendfile_out", pread(out, buf, sizeof buf, 0), 11);
	t_str("sendfile_out_bytes", buf, "hello world");
	t_eq("sendfile_at_end", sendfile(out, in, &off, 100), 0);
	lseek(in, GIB5 + 9, SEEK_SET);
	t_eq("sendfile_null_offset", sendfile(out, in, NULL, 5), 5);
	t_eq("sendfile_null_moves_in", lseek(in, 0, SEEK_CUR), GIB5 + 14);
	T_ERR("sendfile_ebadf", sendfile(out, -1, NULL, 1), EBADF);
	app = open(out_path, O_WRONLY | O_APPEND);
	off = GIB5;
	T_ERR("sendfile_append_einval", sendfile(app, in, &off, 1), EINVAL);
	close(app);

	off = GIB5 + 3;
	off_out = GIB5 + 100;
	t_eq("copy_file_range_5gib", copy_file_range(in, &off, out, &off_out, 11, 0), 11);
	t_eq("copy_file_range_off_in", off, GIB5 + 14);
	t_eq("copy_file_range_off_out", off_out, GIB5 + 111);
	memset(buf, 0, sizeof buf);
	t_eq("copy_file_range_read", pread(out, buf, 11, GIB5 + 100), 11);
	t_str("copy_file_range_bytes", buf, "hello world");
	t_eq("copy_file_range_size", fstat(out, &st) == 0 ? st.st_size : -1, GIB5 + 111);
	T_ERR("copy_file_range_flags_einval", copy_file_range(in, &off, out, &off_out, 1, 1), EINVAL);
	T_ERR("copy_file_range_ebadf", copy_file_range(-1, NULL, out, NULL, 1, 0), EBADF);
	close(in);
	close(out);
	unlink(in_path);
	unlink(out_path);
}

int main(void)
{
	vectors();
	send_copy();
	return t_done();
}
