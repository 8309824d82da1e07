/* read, write, close, lseek, pipe, pipe2, dup, dup2, dup3. */
#include <fcntl.h>
#include "t.h"

int main(void)
{
	int p[2], q[2];
	char buf[8] = { 0 };

	t_eq("pipe", pipe(p), 0);
	t_eq("write_pipe", write(p[1], "hello", 5), 5);
	t_eq("read_pipe", read(p[0], buf, sizeof buf), 5);
	t_str("read_pipe_data", buf, "hello");
	T_ERR("lseek_pipe_espipe", lseek(p[0], 0, SEEK_SET), ESPIPE);
	T_ERR("write_rdonly_end_ebadf", write(p[0], "x", 1), EBADF);
	T_ERR("read_bad_fd_ebadf", read(-1, buf, 1), EBADF);
	T_ERR("close_ebadf", close(-1), EBADF);

	t_eq("pipe2_cloexec", pipe2(q, O_CLOEXEC), 0);
	t_eq("pipe2_fd_cloexec_set", fcntl(q[0], F_GETFD), FD_CLOEXEC);
	T_ERR("pipe2_bad_flags_einval", pipe2(q, -1), EINVAL);

	int d = dup(p[1]);
	t_true("dup_new_fd", d > p[1] || d > p[0], "dup returned a used descriptor");
	t_eq("dup_writes_same_pipe", write(d, "ab", 2), 2);
	t_eq("dup_read_back", read(p[0], buf, sizeof buf), 2);
	T_ERR("dup_ebadf", dup(-1), EBADF);
	t_eq("dup2_to_target", dup2(p[1], 40), 40);
	t_eq("dup2_same_fd", dup2(40, 40), 40);
	T_ERR("dup2_same_closed_ebadf", dup2(41, 41), EBADF);
	T_ERR("dup2_ebadf", dup2(-1, 42), EBADF);
	t_eq("dup3_cloexec", dup3(p[1], 43, O_CLOEXEC), 43);
	t_eq("dup3_fd_cloexec_set", fcntl(43, F_GETFD), FD_CLOEXEC);
	T_ERR("dup3_same_fd_einval", dup3(43, 43, 0), EINVAL);
	t_eq("close_ok", close(43), 0);
	T_ERR("close_twice_ebadf", close(43), EBADF);
	return t_done();
}
