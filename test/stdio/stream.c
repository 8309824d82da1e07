/*
 * FILE streams: fopen modes and error paths, reading and writing, seeking,
 * line input, buffering modes, flushing at exit (and not at _exit), the
 * buffer a fork duplicates, write errors, perror and popen/pclose.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include "t.h"

/* Pseudo-terminal requests (the same numbers on x86_64 and aarch64). */
#define T_TIOCGPTN 0x80045430
#define T_TIOCSPTLCK 0x40045431

static char path[64], locked[64], out[256];

/* Exits 0 if fopen of the mode-000 file fails with EACCES once root is gone. */
static void open_locked_as_nobody(void)
{
	FILE *f;

	if (setgid(65534) || setuid(65534))
		_exit(2);
	f = fopen(locked, "r");
	_exit(!f && errno == EACCES ? 0 : 1);
}

static void write_file(const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f || fputs(text, f) < 0 || fclose(f))
		t_true("write_file", 0, path);
}

static void full_buffered(void)
{
	printf("a");
	write(STDOUT_FILENO, "b", 1);
	fflush(stdout);
	printf("c");
	write(STDOUT_FILENO, "d", 1);
	exit(0);
}

static void unbuffered_stderr(void)
{
	fprintf(stderr, "x");
	write(STDERR_FILENO, "y", 1);
	fputc('z', stderr);
}

static void no_buffer(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	printf("n");
	write(STDOUT_FILENO, "w", 1);
}

static void line_buffered(void)
{
	setvbuf(stdout, 0, _IOLBF, 0);
	printf("l1\nl2");
	write(STDOUT_FILENO, "W", 1);
	puts("");
	write(STDOUT_FILENO, "V", 1);
	exit(0);
}

static void exit_flushes(void)
{
	printf("kept");
	exit(0);
}

static void _exit_drops(void)
{
	printf("lost");
	_exit(0);
}

static void fork_duplicates(void)
{
	pid_t pid;

	int status = -1;

	printf("dup");
	pid = fork();
	if (pid == 0)
		exit(0);
	exit(waitpid(pid, &status, 0) == pid && status == 0 ? 0 : 1);
}

static void perror_text(void)
{
	errno = EACCES;
	perror("msg");
	errno = ENOENT;
	perror(0);
	errno = EISDIR;
	perror("");
}

/*
 * stdout on a terminal: a whole line goes out at once, a partial line waits
 * (here, for ever: _exit).  Returns what the terminal received, or NULL if
 * no pseudo-terminal can be had; *status is the writer's wait status.
 */
static char *stdout_on_terminal(int *status)
{
	static char got[64];
	char name[32];
	unsigned n, unlock = 0;
	int m = open("/dev/ptmx", O_RDWR | O_NOCTTY), s;
	pid_t pid;

	if (m < 0 || ioctl(m, T_TIOCSPTLCK, &unlock) || ioctl(m, T_TIOCGPTN, &n))
		return 0;
	snprintf(name, sizeof name, "/dev/pts/%u", n);
	s = open(name, O_RDWR | O_NOCTTY);
	if (s < 0)
		return 0;
	pid = fork();
	if (pid == 0) {
		dup2(s, STDOUT_FILENO);
		printf("line\n");
		printf("part");
		write(STDOUT_FILENO, "|", 1);
		_exit(0);
	}
	close(s);
	if (waitpid(pid, status, 0) != pid)
		*status = -1;
	t_read_all(m, got, sizeof got);
	close(m);
	return got;
}

/* A prompt in a line-buffered stdout shows before stdin blocks for input. */
static void prompt_then_read(void)
{
	int p[2];

	pipe(p);
	write(p[1], "x", 1);
	dup2(p[0], STDIN_FILENO);
	setvbuf(stdout, 0, _IOLBF, 0);
	printf("prompt");
	if (getchar() == 'x')
		write(STDOUT_FILENO, "R", 1);
	exit(0);
}

static void stdout_to_file(void)
{
	freopen(path, "w", stdout);
	printf("into the file %d", 1);
	exit(0);
}

/* Opening: modes and errors. */
static void opening(void)
{
	errno = 0;
	T_ERR("fopen_enoent", -!fopen("/nonexistent/x", "r"), ENOENT);
	T_ERR("fopen_eisdir", -!fopen("/tmp", "w"), EISDIR);
	T_ERR("fopen_bad_mode_einval", -!fopen(path, "z"), EINVAL);
	T_ERR("fopen_empty_mode_einval", -!fopen(path, ""), EINVAL);
	write_file("hello\nworld\n");
	T_ERR("fopen_x_eexist", -!fopen(path, "wx"), EEXIST);
	/* A file of mode 000: root must first drop to nobody to be refused. */
	close(open(t_tmpname(locked, "locked"), O_WRONLY | O_CREAT, 0));
	errno = 0;
	if (geteuid() == (uid_t)-1 && errno == ENOSYS)
		t_skip("fopen_eacces", "ENOSYS: no geteuid to tell root, whom mode 000 does not stop");
	else if (geteuid() != 0)
		T_ERR("fopen_eacces", -!fopen(locked, "r"), EACCES);
	else
		T_EXITED("fopen_eacces_as_nobody", t_in_child(open_locked_as_nobody), 0);
	unlink(locked);
}

/* Reading, seeking and the error flag of the file opening() wrote. */
static void reading(void)
{
	char buf[64];
	FILE *f = fopen(path, "re");

	t_true("fopen_r", f != 0, "fopen of an existing file failed");
	if (!f)
		return;
	t_eq("fopen_e_cloexec", fcntl(fileno(f), F_GETFD), FD_CLOEXEC);
	t_str("fgets_line", fgets(buf, sizeof buf, f), "hello\n");
	t_eq("fgetc", fgetc(f), 'w');
	t_eq("ungetc", ungetc('W', f), 'W');
	t_eq("getc_after_ungetc", getc(f), 'W');
	t_str("fgets_short_buffer", fgets(buf, 3, f), "or");
	t_eq("fread_rest", fread(buf, 1, sizeof buf, f), 3);
	t_eq("feof_set", feof(f), 1);
	t_eq("ferror_clear", ferror(f), 0);
	t_eq("fgetc_at_eof", fgetc(f), EOF);
	t_true("fgets_at_eof_null", fgets(buf, sizeof buf, f) == 0, "fgets at EOF did not return NULL");
	rewind(f);
	t_eq("rewind_clears_eof", feof(f), 0);
	t_eq("fseek_set", fseek(f, 6, SEEK_SET), 0);
	t_eq("ftell_after_seek", ftell(f), 6);
	t_eq("fgetc_after_seek", fgetc(f), 'w');
	t_eq("ftell_counts_readahead", ftell(f), 7);
	t_eq("fseek_cur", fseek(f, -2, SEEK_CUR), 0);
	t_eq("fgetc_after_seek_cur", fgetc(f), '\n');
	t_eq("fseek_end", fseeko(f, 0, SEEK_END), 0);
	t_eq("ftello_end", ftello(f), 12);
	T_ERR("fseek_bad_whence_einval", fseek(f, 0, 42), EINVAL);
	T_ERR("fseek_negative_einval", fseek(f, -100, SEEK_SET), EINVAL);
	T_ERR("fputc_on_read_stream_ebadf", fputc('x', f), EBADF);
	t_eq("ferror_after_bad_write", ferror(f), 1);
	clearerr(f);
	t_eq("clearerr", ferror(f), 0);
	t_eq("fclose_r", fclose(f), 0);
}

/* Writing, appending, reading back, r+. */
static void writing(void)
{
	char buf[64];
	FILE *f = fopen(path, "a");

	t_eq("fopen_a_no_cloexec", fcntl(fileno(f), F_GETFD), 0);
	t_eq("fprintf_append", fprintf(f, "%s %d\n", "more", 3), 7);
	t_eq("ftell_append", ftell(f), 19);
	t_eq("fwrite_items", fwrite("abcdef", 2, 3, f), 3);
	t_eq("fclose_a", fclose(f), 0);
	f = fopen(path, "r+");
	t_eq("fread_all", fread(buf, 1, sizeof buf - 1, f), 25);
	buf[25] = 0;
	t_str("file_content", buf, "hello\nworld\nmore 3\nabcdef");
	t_eq("fseek_for_write", fseek(f, 0, SEEK_SET), 0);
	t_eq("fputs_overwrite", fputs("HE", f), 0);
	t_eq("fseek_between", fseek(f, 0, SEEK_CUR), 0);
	t_eq("fgetc_after_write", fgetc(f), 'l');
	t_eq("fclose_rplus", fclose(f), 0);
	f = fopen(path, "r");
	t_str("rplus_result", fgets(buf, sizeof buf, f), "HEllo\n");
	fclose(f);
}

/* Line input: longer than any buffer, a last line without newline, delimiters. */
static void line_input(void)
{
	char *line = 0;
	size_t cap = 0;
	FILE *f = fopen(path, "w");

	for (int i = 0; i < 30000; i++)
		fputc('a' + i % 26, f);
	fputs("\nshort\nlast", f);
	fclose(f);
	f = fopen(path, "r");
	t_eq("getline_long", getline(&line, &cap, f), 30001);
	t_true("getline_long_text", line[0] == 'a' && line[29999] == 'a' + 29999 % 26 &&
	       line[30000] == '\n' && line[30001] == 0, "long line content differs");
	t_true("getline_long_cap", cap > 30001, "capacity not grown");
	t_eq("getline_short", getline(&line, &cap, f), 6);
	t_str("getline_short_text", line, "short\n");
	t_eq("getline_no_newline", getline(&line, &cap, f), 4);
	t_str("getline_no_newline_text", line, "last");
	t_eq("getline_eof", getline(&line, &cap, f), -1);
	t_eq("getline_eof_feof", feof(f), 1);
	fclose(f);
	write_file("a,bb,,c");
	f = fopen(path, "r");
	t_eq("getdelim_1", getdelim(&line, &cap, ',', f), 2);
	t_str("getdelim_1_text", line, "a,");
	t_eq("getdelim_2", getdelim(&line, &cap, ',', f), 3);
	t_eq("getdelim_empty_field", getdelim(&line, &cap, ',', f), 1);
	t_eq("getdelim_last", getdelim(&line, &cap, ',', f), 1);
	t_str("getdelim_last_text", line, "c");
	T_ERR("getline_null_einval", getline(0, &cap, f), EINVAL);
	fclose(f);
	free(line);
}

/* fdopen, fileno, fflush(NULL). */
static void fdopen_cases(void)
{
	int fd = open(path, O_WRONLY | O_TRUNC), rd;
	FILE *f;

	T_ERR("fdopen_ebadf", -!fdopen(-1, "r"), EBADF);
	T_ERR("fdopen_bad_mode_einval", -!fdopen(0, "q"), EINVAL);
	f = fdopen(fd, "a");
	t_true("fdopen_a", f != 0, "fdopen(fd, \"a\") failed");
	if (!f)
		return;
	t_eq("fileno", fileno(f), fd);
	t_eq("fdopen_a_sets_append", fcntl(fd, F_GETFL) & O_APPEND, O_APPEND);
	fputs("via fdopen", f);
	t_eq("fflush_null", fflush(0), 0);
	rd = open(path, O_RDONLY);
	t_eq("fflush_null_wrote", (int)lseek(rd, 0, SEEK_END), 10);
	close(rd);
	fclose(f);
}

/* Pipes: unbuffered reads, no seeking, fflush of read-ahead. */
static void pipes(void)
{
	char buf[64];
	int p[2];
	fpos_t pos;
	FILE *f;
	int r = pipe(p);

	t_eq("pipe", r, 0);
	if (r)
		return;
	write(p[1], "abcdef", 6);
	f = fdopen(p[0], "r");
	t_eq("setvbuf_bad_mode_einval", setvbuf(f, 0, 42, 0) == -1 && errno == EINVAL, 1);
	t_eq("setvbuf_unbuffered_read", setvbuf(f, 0, _IONBF, 0), 0);
	t_eq("fread_unbuffered_pipe", fread(buf, 1, 2, f), 2);
	t_eq("fgetc_unbuffered_pipe", fgetc(f), 'c');
	t_eq("ungetc_twice_1", ungetc('2', f), '2');
	t_eq("ungetc_twice_2", ungetc('1', f), '1');
	t_eq("fgetc_pushed_1", fgetc(f), '1');
	t_eq("fgetc_pushed_2", fgetc(f), '2');
	T_ERR("ftell_pipe_espipe", ftell(f), ESPIPE);
	T_ERR("fgetpos_pipe_espipe", fgetpos(f, &pos), ESPIPE);
	errno = 0;
	t_eq("fflush_read_pipe", fflush(f), 0);
	t_eq("fflush_read_pipe_errno_kept", errno, 0);
	t_str("fgets_size_1", fgets(buf, 1, f), "");
	close(p[1]);
	t_str("fgets_rest", fgets(buf, sizeof buf, f), "def");
	fclose(f);
}

/* Binary items, fgetpos and fsetpos. */
static void positions(void)
{
	FILE *f = fopen(path, "w+");
	fpos_t pos;
	long items[100];

	for (int i = 0; i < 100; i++)
		items[i] = i * 1000003L;
	t_eq("fwrite_100_items", fwrite(items, sizeof *items, 100, f), 100);
	t_eq("fgetpos", fgetpos(f, &pos), 0);
	rewind(f);
	memset(items, 0, sizeof items);
	t_eq("fread_100_items", fread(items, sizeof *items, 100, f), 100);
	t_eq("fread_items_value", items[99], 99 * 1000003L);
	t_eq("fread_past_end_short", fread(items, sizeof *items, 10, f), 0);
	t_eq("fread_past_end_feof", feof(f), 1);
	t_eq("fsetpos", fsetpos(f, &pos), 0);
	t_eq("fsetpos_clears_eof", feof(f), 0);
	t_eq("ftell_after_fsetpos", ftell(f), 100 * (long)sizeof *items);
	fclose(f);
}

/* Write errors are reported, never dropped silently. */
static void write_errors(void)
{
	FILE *f = fopen("/dev/full", "w");

	if (!f)
		return t_skip("dev_full", "no /dev/full");
	t_eq("dev_full_buffered_ok", fputs("data", f), 0);
	T_ERR("dev_full_fflush_enospc", fflush(f), ENOSPC);
	t_eq("dev_full_ferror", ferror(f), 1);
	setvbuf(f, 0, _IONBF, 0);
	clearerr(f);
	T_ERR("dev_full_fprintf_unbuffered", fprintf(f, "%d", 5), ENOSPC);
	t_eq("dev_full_fclose_nothing_pending", fclose(f), 0);
	f = fopen("/dev/full", "w");
	fputs("data", f);
	T_ERR("dev_full_fclose_enospc", fclose(f), ENOSPC);
}

/* fn in a captured child: its output must be want, its wait status 0. */
static void captured(const char *name, void (*fn)(void), const char *want)
{
	char status_name[80];
	int st = t_capture(fn, out, sizeof out);

	t_str(name, out, want);
	snprintf(status_name, sizeof status_name, "%s_status", name);
	T_EXITED(status_name, st, 0);
}

/* Buffering as seen from outside the process. */
static void buffering(void)
{
	char buf[64], *tty;
	int st = -1;
	FILE *f;

	captured("stdout_fully_buffered_on_pipe", full_buffered, "badc");
	captured("stderr_unbuffered", unbuffered_stderr, "xyz");
	captured("setvbuf_ionbf", no_buffer, "nw");
	captured("setvbuf_iolbf", line_buffered, "l1\nWl2\nV");
	captured("exit_flushes", exit_flushes, "kept");
	captured("_exit_drops", _exit_drops, "");
	captured("fork_duplicates_buffer", fork_duplicates, "dupdup");
	captured("perror", perror_text,
		 "msg: Permission denied\nNo such file or directory\nIs a directory\n");
	tty = stdout_on_terminal(&st);
	if (tty) {
		t_str("stdout_line_buffered_on_terminal", tty, "line\r\n|");
		T_EXITED("stdout_on_terminal_status", st, 0);
	} else {
		t_skip("stdout_line_buffered_on_terminal", "no pseudo-terminal");
	}
	captured("read_flushes_line_buffered_stdout", prompt_then_read, "promptR");
	captured("freopen_stdout_nothing_on_pipe", stdout_to_file, "");
	f = fopen(path, "r");
	t_str("freopen_stdout_file", fgets(buf, sizeof buf, f), "into the file 1");
	fclose(f);
}

/* popen and pclose. */
static void popen_cases(void)
{
	char buf[64], cmd[128];
	FILE *f = popen("echo one; echo two; exit 7", "r");
	int st;

	t_true("popen_r", f != 0, "popen failed");
	if (!f)
		return;
	t_str("popen_r_line1", fgets(buf, sizeof buf, f), "one\n");
	t_str("popen_r_line2", fgets(buf, sizeof buf, f), "two\n");
	t_eq("popen_r_eof", fgetc(f), EOF);
	T_EXITED("pclose_status", pclose(f), 7);
	snprintf(cmd, sizeof cmd, "cat > %s", path);
	f = popen(cmd, "w");
	t_eq("popen_w_fprintf", fprintf(f, "%s|%d", "piped", 42), 8);
	T_EXITED("pclose_w_status", pclose(f), 0);
	f = fopen(path, "r");
	t_str("popen_w_result", fgets(buf, sizeof buf, f), "piped|42");
	fclose(f);
	f = popen("kill -9 $$", "r");
	st = pclose(f);
	T_KILLED("pclose_killed", st, SIGKILL);
	f = popen("exec 2>&-; exit 0", "re");
	t_eq("popen_e_cloexec", fcntl(fileno(f), F_GETFD), FD_CLOEXEC);
	T_EXITED("pclose_e_status", pclose(f), 0);
	T_ERR("popen_bad_mode_einval", -!popen("true", "rw"), EINVAL);
	T_ERR("popen_plus_einval", -!popen("true", "r+"), EINVAL);
}

int main(void)
{
	t_tmpname(path, "stream");
	opening();
	reading();
	writing();
	line_input();
	fdopen_cases();
	pipes();
	positions();
	write_errors();
	buffering();
	popen_cases();
	unlink(path);
	return t_done();
}
