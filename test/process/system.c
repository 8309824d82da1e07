/* system(): the shell's status, and the caller's signals while it waits. */
#include <fcntl.h>
#include "t.h"

static volatile sig_atomic_t caught;

static void on_signal(int sig)
{
	caught = sig;
}

static void echo(void)
{
	_exit(system("echo from-system") == 0 ? 0 : 1);
}

/* The caller survives SIGINT and SIGQUIT sent to it while system() waits. */
static void caller_ignores_int(void)
{
	int s = system("kill -INT $PPID; exit 4");

	_exit(WIFEXITED(s) ? WEXITSTATUS(s) : 100);
}

static void caller_ignores_quit(void)
{
	int s = system("kill -QUIT $PPID; exit 6");

	_exit(WIFEXITED(s) ? WEXITSTATUS(s) : 100);
}

/* The shell itself gets the caller's dispositions back: default here. */
static void shell_default_int(void)
{
	int s = system("kill -INT $$; exit 0");

	_exit(WIFSIGNALED(s) ? 50 + WTERMSIG(s) : WEXITSTATUS(s));
}

/* An ignored SIGINT stays ignored in the shell. */
static void shell_keeps_ignored(void)
{
	int s;

	signal(SIGINT, SIG_IGN);
	s = system("kill -INT $$; exit 5");
	_exit(WIFSIGNALED(s) ? 50 + WTERMSIG(s) : WEXITSTATUS(s));
}

int main(void)
{
	struct sigaction sa = { .sa_handler = on_signal }, old;
	sigset_t after;
	char out[64];
	int s;

	t_true("system_null_shell_available", system(NULL) != 0, "system(NULL) said no shell");
	s = system("exit 3");
	T_EXITED("system_exit_status", s, 3);
	s = system("exit 0");
	t_eq("system_exit_0", s, 0);
	s = system("kill -9 $$");
	T_KILLED("system_shell_killed", s, SIGKILL);
	s = system("exec /nonexistent/prog 2>/dev/null");
	T_EXITED("system_command_not_found_127", s, 127);
	s = system("-c 2>/dev/null");
	T_EXITED("system_command_starting_with_dash", s, 127);
	t_eq("system_output_status", t_capture(echo, out, sizeof out), 0);
	t_str("system_output", out, "from-system\n");

	T_EXITED("system_caller_ignores_sigint", t_in_child(caller_ignores_int), 4);
	T_EXITED("system_caller_ignores_sigquit", t_in_child(caller_ignores_quit), 6);
	T_EXITED("system_shell_sigint_default", t_in_child(shell_default_int), 50 + SIGINT);
	T_EXITED("system_shell_keeps_ignored_sigint", t_in_child(shell_keeps_ignored), 5);

	/* Dispositions and mask are the caller's again afterwards. */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	caught = 0;
	s = system("kill -INT $PPID; exit 0");
	t_eq("system_sigint_ignored_meanwhile", caught == SIGINT ? -1 : s, 0);
	sigaction(SIGINT, NULL, &old);
	t_true("system_restores_sigint_handler", old.sa_handler == on_signal, "SIGINT handler not restored");
	sigprocmask(SIG_BLOCK, NULL, &after);
	t_eq("system_restores_mask", sigismember(&after, SIGCHLD) + sigismember(&after, SIGINT), 0);
	t_eq("system_sigchld_delivered_after", caught, SIGCHLD);
	T_ERR("system_reaped_its_child", waitpid(-1, NULL, WNOHANG), ECHILD);
	return t_done();
}
