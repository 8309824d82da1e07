/*
 * O_CLOEXEC and O_NONBLOCK under reserved names, for the headers whose
 * flags are those two (EFD_, SFD_, TFD_, IN_, PIDFD_) without all of <fcntl.h> (mips).
 */
#define __TD_O_CLOEXEC  02000000
#define __TD_O_NONBLOCK 0x0080
