/*
 * A stream call that fails leaves the stream as it was: a failed fseek or
 * fflush keeps the read-ahead and the position, ftell never answers a
 * negative position, and freopen without a path refuses a mode the
 * descriptor cannot serve.
 */
#include <fcntl.h>
#include <stdio.h>
#include "t.h"

static char path[64];

static FILE *file_of_100(void)
{
	FILE *f = fopen(path, "w");

	for (int i = 0; i < 100; i++)
		fputc('A' + i % 26, f);
	fclose(f);
	return fopen(path, "r");
}

static void failed_seek_on_file(void)
{
	FILE *f = file_of_100();

	t_eq("read_one", fgetc(f), 'A');
	T_ERR("fseek_before_start_einval", fseek(f, -10, SEEK_CUR), EINVAL);
	t_eq("ftell_after_failed_fseek", ftell(f), 1);
	t_eq("fgetc_after_failed_fseek", fgetc(f), 'B');
	t_eq("ftell_after_fgetc", ftell(f), 2);
	T_ERR("fseek_bad_whence_einval", fseek(f, 0, 7), EINVAL);
	t_eq("fgetc_after_bad_whence", fgetc(f), 'C');
	t_eq("ungetc_then_failed_fseek", ungetc('x', f), 'x');
	T_ERR("fseek_set_negative_einval", fseek(f, -1, SEEK_SET), EINVAL);
	t_eq("pushback_kept", fgetc(f), 'x');
	t_eq("read_on_after_pushback", fgetc(f), 'D');
	t_eq("fseek_cur_back", fseek(f, -2, SEEK_CUR), 0);
	t_eq("fgetc_after_fseek_cur", fgetc(f), 'C');
	fclose(f);
}

static void failed_seek_on_pipe(void)
{
	int p[2];
	char buf[32];
	FILE *f;

	if (pipe(p)) {
		t_skip("pipe", "pipe failed");
		return;
	}
	write(p[1], "one\ntwo\nthree\nfour\n", 19);
	close(p[1]);
	f = fdopen(p[0], "r");
	t_str("pipe_first_line", fgets(buf, sizeof buf, f), "one\n");
	T_ERR("pipe_fseek_espipe", fseek(f, 0, SEEK_CUR), ESPIPE);
	t_str("pipe_line_after_failed_fseek", fgets(buf, sizeof buf, f), "two\n");
	errno = 0;
	t_eq("pipe_fflush_input", fflush(f), 0);
	t_eq("pipe_fflush_errno_kept", errno, 0);
	t_str("pipe_line_after_fflush", fgets(buf, sizeof buf, f), "three\n");
	T_ERR("pipe_fseek_set_espipe", fseek(f, 0, SEEK_SET), ESPIPE);
	t_str("pipe_line_after_fseek_set", fgets(buf, sizeof buf, f), "four\n");
	fclose(f);
}

static void ftell_with_pushback(void)
{
	FILE *f = file_of_100();

	t_eq("ungetc_at_0", ungetc('x', f), 'x');
	T_ERR("ftell_at_0_after_ungetc_einval", ftell(f), EINVAL);
	rewind(f);
	t_eq("fseek_to_1", fseek(f, 1, SEEK_SET), 0);
	ungetc('a', f);
	t_eq("ftell_at_1_one_ungetc", ftell(f), 0);
	ungetc('b', f);
	T_ERR("ftell_at_1_two_ungetc_einval", ftell(f), EINVAL);
	{
		off_t o;

		errno = 0;
		o = ftello(f);
		t_eq("ftello_at_1_two_ungetc", o, -1);
		t_eq("ftello_errno", errno, EINVAL);
	}
	t_eq("pushback_b", fgetc(f), 'b');
	t_eq("ftell_back_to_0", ftell(f), 0);
	t_eq("fseek_to_5", fseek(f, 5, SEEK_SET), 0);
	ungetc('a', f);
	ungetc('b', f);
	ungetc('c', f);
	t_eq("ftell_at_5_three_ungetc", ftell(f), 2);
	fclose(f);
}

static void freopen_null_modes(void)
{
	FILE *f = file_of_100();
	char buf[8];

	T_ERR("freopen_null_rplus_on_rdonly_ebadf", -!freopen(0, "r+", f), EBADF);
	f = fopen(path, "r");
	T_ERR("freopen_null_w_on_rdonly_ebadf", -!freopen(0, "w", f), EBADF);
	f = fopen(path, "a");
	T_ERR("freopen_null_r_on_wronly_ebadf", -!freopen(0, "r", f), EBADF);
	f = fopen(path, "r+");
	if (freopen(0, "a", f) != f)
		/* A failed freopen has closed f. */
		return t_true("freopen_null_a_on_rdwr", 0, "freopen failed");
	t_true("freopen_null_a_on_rdwr", 1, "");
	t_eq("freopen_null_a_appends", fputs("!", f), 0);
	t_eq("freopen_null_a_fflush", fflush(f), 0);
	if (freopen(0, "r", f) != f)
		/* A failed freopen has closed f. */
		return t_true("freopen_null_r_on_rdwr", 0, "freopen failed");
	t_true("freopen_null_r_on_rdwr", 1, "");
	t_eq("freopen_null_r_fseek", fseek(f, 99, SEEK_SET), 0);
	t_str("freopen_null_a_wrote_at_end", fgets(buf, sizeof buf, f), "V!");
	fclose(f);
}

int main(void)
{
	t_tmpname(path, "keep");
	failed_seek_on_file();
	failed_seek_on_pipe();
	ftell_with_pushback();
	freopen_null_modes();
	unlink(path);
	return t_done();
}
