/* fmemopen and open_memstream: reads, writes, NUL keeping, seeks, limits, errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

static void fmem_read(void)
{
	char buf[] = "12 abc";
	char word[8];
	int n = 0;
	FILE *f = fmemopen(buf, 6, "r");

	t_true("r_open", f != 0, "NULL");
	t_eq("r_fscanf", fscanf(f, "%d %s", &n, word), 2);
	t_eq("r_value", n, 12);
	t_str("r_word", word, "abc");
	t_eq("r_eof", fgetc(f), EOF);
	t_eq("r_seek_set", fseek(f, 3, SEEK_SET), 0);
	t_eq("r_after_seek", fgetc(f), 'a');
	t_eq("r_ftell", ftell(f), 4);
	t_eq("r_seek_end", fseek(f, -1, SEEK_END), 0);
	t_eq("r_last", fgetc(f), 'c');
	T_ERR("r_seek_past_size", fseek(f, 7, SEEK_SET), EINVAL);
	T_ERR("r_seek_negative", fseek(f, -1, SEEK_SET), EINVAL);
	t_eq("r_write_fails", fputc('x', f), EOF);
	t_eq("r_close", fclose(f), 0);
}

static void fmem_write(void)
{
	char buf[8];
	FILE *f;

	memset(buf, 'z', sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	t_eq("w_open_untouched", buf[0], 'z');
	t_true("w_fputs", fputs("abc", f) >= 0, "EOF");
	t_eq("w_fflush", fflush(f), 0);
	t_str("w_text", buf, "abc");
	t_eq("w_nul_kept", buf[3], 0);
	fprintf(f, "%s", "defghij");
	t_eq("w_full_flush", fflush(f), EOF);
	t_eq("w_full_errno", errno, ENOSPC);
	t_true("w_filled_nul_last", !memcmp(buf, "abcdefg", 8), "want abcdefg and a NUL");
	fclose(f);
	strcpy(buf, "xy");
	f = fmemopen(buf, sizeof buf, "a");
	fputs("z", f);
	fclose(f);
	t_str("a_appends", buf, "xyz");
	f = fmemopen(buf, 0, "r");
	t_true("size_zero_allowed", f && fgetc(f) == EOF, "no stream or a byte read");
	fclose(f);
	T_ERR("bad_mode", fmemopen(buf, 4, "q") ? 0 : -1, EINVAL);
	f = fmemopen(0, 16, "w+");
	t_true("null_buffer", f != 0, "NULL");
	fputs("hello", f);
	rewind(f);
	t_str("null_buffer_read_back", fgets(buf, sizeof buf, f), "hello");
	fclose(f);
}

static void memstream(void)
{
	char *p = 0;
	size_t n = 99;
	FILE *f = open_memstream(&p, &n);
	int i;

	t_true("ms_open", f != 0, "NULL");
	fprintf(f, "x=%d", 42);
	t_eq("ms_fflush", fflush(f), 0);
	t_str("ms_text", p, "x=42");
	t_eq("ms_size", (long long)n, 4);
	for (i = 0; i < 3000; i++)
		fputc('a' + i % 26, f);
	fflush(f);
	t_eq("ms_grown_size", (long long)n, 3004);
	t_eq("ms_grown_last", p[3003], 'a' + 2999 % 26);
	t_eq("ms_terminated", p[3004], 0);
	t_eq("ms_seek_back", fseek(f, 2, SEEK_SET), 0);
	fputc('Y', f);
	t_eq("ms_close", fclose(f), 0);
	t_eq("ms_overwrite", p[2], 'Y');
	t_eq("ms_size_at_position", (long long)n, 3);
	free(p);
	T_ERR("ms_null_ptr", open_memstream(0, &n) ? 0 : -1, EINVAL);
}

int main(void)
{
	fmem_read();
	fmem_write();
	memstream();
	return t_done();
}
