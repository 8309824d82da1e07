/*
 * service [--stubborn]: a background service for the boot script ("&").
 *
 * It says it is ready by closing fd 3 (init waits for that), then runs until
 * SIGTERM, when it exits 0.  With --stubborn it ignores SIGTERM, so init's
 * shutdown has to fall back to SIGKILL.
 */
#define _DEFAULT_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t terminated;

static void on_term(int sig)
{
	(void)sig;
	terminated = 1;
}

int main(int argc, char **argv)
{
	int stubborn = argc > 1 && !strcmp(argv[1], "--stubborn");
	sigset_t term, none;

	/* Blocked outside sigsuspend: SIGTERM cannot slip in before the wait. */
	sigemptyset(&none);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_BLOCK, &term, NULL);
	signal(SIGTERM, stubborn ? SIG_IGN : on_term);
	printf("service%s: pid %d ready\n", stubborn ? " --stubborn" : "", (int)getpid());
	fflush(stdout);
	close(3);
	while (!terminated)
		sigsuspend(&none);
	printf("service: pid %d got SIGTERM, exiting\n", (int)getpid());
	return 0;
}
