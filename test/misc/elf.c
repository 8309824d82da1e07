/* <elf.h>: the structures' sizes, and this program's own header read through them. */
#include <elf.h>
#include <fcntl.h>
#include <sys/auxv.h>
#include "t.h"

#if __SIZEOF_POINTER__ == 8
typedef Elf64_Ehdr Ehdr;
typedef Elf64_Phdr Phdr;
#define CLASS ELFCLASS64
#else
typedef Elf32_Ehdr Ehdr;
typedef Elf32_Phdr Phdr;
#define CLASS ELFCLASS32
#endif

#if defined(__x86_64__)
#define MACHINE EM_X86_64
#elif defined(__aarch64__)
#define MACHINE EM_AARCH64
#elif defined(__riscv)
#define MACHINE EM_RISCV
#elif defined(__i386__)
#define MACHINE EM_386
#elif defined(__arm__)
#define MACHINE EM_ARM
#elif defined(__powerpc64__)
#define MACHINE EM_PPC64
#elif defined(__s390x__)
#define MACHINE EM_S390
#elif defined(__mips__)
#define MACHINE EM_MIPS
#endif

int main(void)
{
	Ehdr eh;
	int fd = open("/proc/self/exe", O_RDONLY), little = 1;

	t_eq("sizeof_elf64_ehdr", sizeof(Elf64_Ehdr), 64);
	t_eq("sizeof_elf32_ehdr", sizeof(Elf32_Ehdr), 52);
	t_eq("sizeof_elf64_phdr", sizeof(Elf64_Phdr), 56);
	t_eq("sizeof_elf32_phdr", sizeof(Elf32_Phdr), 32);
	t_eq("sizeof_elf64_shdr", sizeof(Elf64_Shdr), 64);
	t_eq("sizeof_elf32_shdr", sizeof(Elf32_Shdr), 40);
	t_eq("sizeof_elf64_sym", sizeof(Elf64_Sym), 24);
	t_eq("sizeof_elf32_sym", sizeof(Elf32_Sym), 16);
	t_eq("sizeof_elf64_rela", sizeof(Elf64_Rela), 24);
	t_eq("sizeof_elf64_dyn", sizeof(Elf64_Dyn), 16);
	t_eq("st_info", ELF64_ST_INFO(STB_WEAK, STT_FUNC), 0x22);
	t_eq("st_bind", ELF32_ST_BIND(0x22), STB_WEAK);
	t_eq("r_sym", (long long)ELF64_R_SYM(ELF64_R_INFO(7, 3)), 7);
	if (fd < 0) {
		t_skip("own_header", "/proc not mounted");
		return t_done();
	}
	t_eq("read_header", read(fd, &eh, sizeof eh), sizeof eh);
	close(fd);
	t_eq("magic", memcmp(eh.e_ident, ELFMAG, SELFMAG), 0);
	t_eq("class", eh.e_ident[EI_CLASS], CLASS);
	t_eq("data", eh.e_ident[EI_DATA], *(char *)&little ? ELFDATA2LSB : ELFDATA2MSB);
	t_eq("machine", eh.e_machine, MACHINE);
	t_eq("type_static_exec", eh.e_type, ET_EXEC);
	t_eq("phnum_is_auxv", eh.e_phnum, (long long)getauxval(AT_PHNUM));
	t_eq("phentsize_is_auxv", eh.e_phentsize, (long long)getauxval(AT_PHENT));
	t_eq("phentsize", eh.e_phentsize, sizeof(Phdr));
	return t_done();
}
