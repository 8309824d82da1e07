/*
 * A write interrupted by a signal (no SA_RESTART) after part of its data
 * went out, then one interrupted before any did (EINTR): fwrite and fflush
 * carry on, and the reader gets every byte in order.
 */
#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include "t.h"

#define TOTAL (256 * 1024)

static volatile int alarms;
static unsigned char data[TOTAL];

static void on_alarm(int sig)
{
	(void)sig;
	/* The first alarm cuts a write short; the second finds the pipe full: EINTR. */
	if (++alarms == 1)
		alarm(1);
}

/* Reads everything after 3 s, when both alarms have gone off in the writer. */
static int reader(int fd)
{
	struct timespec three = { 3, 0 };
	static unsigned char got[TOTAL + 1];
	size_t n = 0;
	ssize_t r;

	nanosleep(&three, 0);
	while ((r = read(fd, got + n, sizeof got - n)) > 0)
		n += r;
	return n == TOTAL && !memcmp(got, data, TOTAL) ? 0 : 1;
}

int main(void)
{
	int p[2], status;
	pid_t pid;
	FILE *f;

	for (size_t i = 0; i < TOTAL; i++)
		data[i] = (unsigned char)(i * 7 + i / 251);
	t_eq("pipe", pipe(p), 0);
	pid = fork();
	if (pid == 0) {
		close(p[1]);
		_exit(reader(p[0]));
	}
	close(p[0]);
	t_eq("handler_without_restart", t_raw_handler(SIGALRM, on_alarm), 0);
	f = fdopen(p[1], "w");
	alarm(1);
	t_eq("fwrite_through_interruptions", fwrite(data, 1, TOTAL, f), TOTAL);
	t_eq("no_error_flag", ferror(f), 0);
	t_eq("fclose", fclose(f), 0);
	t_eq("two_alarms", alarms, 2);
	t_eq("reader_waited", waitpid(pid, &status, 0), pid);
	T_EXITED("reader_got_every_byte", status, 0);
	return t_done();
}
