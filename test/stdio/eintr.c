/*
 * A write interrupted by a signal (no SA_RESTART) after part of its data
 * went out, then one interrupted before any did (EINTR): fwrite and fflush
 * carry on, and the reader gets every byte in order.
 *
 * Nothing here is timed: the reader signals the writer only once it sees
 * the pipe full and the writer asleep (so inside write(2)), and waits for
 * the handler's answer before it looks again.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <time.h>
#include "t.h"

#define TOTAL (256 * 1024)

static volatile int interrupts;
static int answer[2];
static unsigned char data[TOTAL];

static void on_usr1(int sig)
{
	(void)sig;
	interrupts++;
	write(answer[1], "i", 1);
}

/* The scheduler state of pid ('R', 'S', ...) from /proc, or 0. */
static char proc_state(pid_t pid)
{
	char path[40], buf[512], *p;
	ssize_t n;
	int fd;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : 0;
}

/* Waits until the pipe is full and the writer sleeps: it is then blocked in write(2). */
static int wait_writer_blocked(pid_t writer, int fd)
{
	struct timespec pace = { 0, 1000 * 1000 };
	int size = fcntl(fd, F_GETPIPE_SZ), queued;
	char state;

	for (;;) {
		state = proc_state(writer);
		if (!state || size <= 0 || ioctl(fd, FIONREAD, &queued))
			return -1;
		if (queued >= size && state == 'S')
			return 0;
		nanosleep(&pace, 0);
	}
}

/* Interrupts the blocked writer twice, then reads everything. */
static int reader(pid_t writer, int fd)
{
	static unsigned char got[TOTAL + 1];
	size_t n = 0;
	ssize_t r;
	int bad = 0;
	char c;

	for (int i = 0; i < 2 && !bad; i++) {
		if (wait_writer_blocked(writer, fd))
			bad = 3;
		else if (kill(writer, SIGUSR1) || read(answer[0], &c, 1) != 1)
			bad = 4;
	}
	while ((r = read(fd, got + n, sizeof got - n)) > 0)
		n += r;
	if (bad)
		return bad;
	return n == TOTAL && !memcmp(got, data, TOTAL) ? 0 : 1;
}

int main(void)
{
	int p[2], status;
	pid_t pid, writer = getpid();
	FILE *f;

	for (size_t i = 0; i < TOTAL; i++)
		data[i] = (unsigned char)(i * 7 + i / 251);
	t_eq("pipe", pipe(p), 0);
	t_eq("answer_pipe", pipe(answer), 0);
	t_eq("handler_without_restart", t_raw_handler(SIGUSR1, on_usr1), 0);
	pid = fork();
	if (pid < 0) {
		t_true("fork", 0, "fork failed");
		return t_done();
	}
	if (pid == 0) {
		close(p[1]);
		_exit(reader(writer, p[0]));
	}
	close(p[0]);
	f = fdopen(p[1], "w");
	t_eq("fwrite_through_interruptions", fwrite(data, 1, TOTAL, f), TOTAL);
	t_eq("no_error_flag", ferror(f), 0);
	t_eq("fclose", fclose(f), 0);
	t_eq("two_interruptions", interrupts, 2);
	t_eq("reader_waited", waitpid(pid, &status, 0), pid);
	T_EXITED("reader_got_every_byte", status, 0);
	return t_done();
}
