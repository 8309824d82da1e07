#include <string.h>
#include <sys/auxv.h>
#include "phdr.h"
#include "vdso.h"

/*
 * A symbol of the vDSO, found through its dynamic section as a dynamic
 * linker would.  The kernel builds the image, but qemu-user maps its own
 * and the image is read before anything checks it: every address taken
 * from it is checked to lie inside the part mapped from the file, every
 * string to end inside the string table.
 */

#define VDSO_MAX (1u << 20)

/* The image: its first byte, the bytes mapped from the file, and run-time address less link address. */
struct image {
	uintptr_t lo, size, bias;
};

/*
 * The run-time address of len bytes at link address vaddr, aligned to
 * align, or 0 when they are not all in the image or misaligned.
 */
static const void *at(const struct image *im, uintptr_t vaddr, uintptr_t len, uintptr_t align)
{
	uintptr_t a = vaddr + im->bias;

	if (a < im->lo || a - im->lo > im->size || len > im->size - (a - im->lo) || a % align)
		return 0;
	return (const void *)a;
}

/* The ELF header and program headers (in the first page, which is always mapped); 0 when not ours. */
static int load(const Ehdr *eh, struct image *im, const Phdr **dyn)
{
	const Phdr *ph = (const Phdr *)((uintptr_t)eh + eh->e_phoff), *load = 0;

	if (memcmp(eh->e_ident, "\177ELF", 4) || eh->e_ident[4] != (sizeof(void *) == 8 ? 2 : 1) ||
	    eh->e_phentsize != sizeof(Phdr) || eh->e_phoff > 4096 || eh->e_phoff % sizeof(uintptr_t) ||
	    eh->e_phnum > (4096 - eh->e_phoff) / sizeof(Phdr))
		return 0;
	*dyn = 0;
	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !load)
			load = &ph[i];
		else if (ph[i].p_type == PT_DYNAMIC)
			*dyn = &ph[i];
	}
	/* The image is as long as its PT_LOAD says (capped); the headers must lie in it. */
	if (!load || !*dyn || load->p_offset > VDSO_MAX || load->p_filesz > VDSO_MAX - load->p_offset ||
	    load->p_offset + load->p_filesz < eh->e_phoff + eh->e_phnum * sizeof(Phdr))
		return 0;
	im->lo = (uintptr_t)eh;
	im->size = (uintptr_t)(load->p_offset + load->p_filesz);
	im->bias = (uintptr_t)eh + (uintptr_t)load->p_offset - (uintptr_t)load->p_vaddr;
	return 1;
}

struct dynamic {
	const char *str;
	uintptr_t strsz;
	const Sym *sym;
	uintptr_t nsym;
	const uint16_t *versym;
	const Verdef *verdef;
};

/* The symbol count from a GNU hash table: one past the last chain's end. */
static uintptr_t gnu_count(const struct image *im, uintptr_t vaddr)
{
	const uint32_t *h = at(im, vaddr, 16, 4), *bucket, *chain;
	uint32_t last = 0;

	if (!h || !(bucket = at(im, vaddr + 16 + (uintptr_t)h[2] * sizeof(uintptr_t), (uintptr_t)h[0] * 4, 4)))
		return 0;
	for (uint32_t i = 0; i < h[0]; i++)
		last = bucket[i] > last ? bucket[i] : last;
	if (last < h[1])
		return h[1];
	chain = bucket + h[0];
	for (;; last++) {
		const uint32_t *c = at(im, (uintptr_t)chain + (uintptr_t)(last - h[1]) * 4 - im->bias, 4, 4);

		if (!c)
			return 0;
		if (*c & 1)
			return last + 1;
	}
}

static int dynamic(const struct image *im, const Phdr *ph, struct dynamic *d)
{
	const Dyn *dyn = at(im, (uintptr_t)ph->p_vaddr, (uintptr_t)ph->p_memsz, sizeof(uintptr_t));
	uintptr_t str = 0, sym = 0, hash = 0, gnu = 0, versym = 0, verdef = 0;

	if (!dyn)
		return 0;
	*d = (struct dynamic){ 0 };
	for (uintptr_t i = 0; i < ph->p_memsz / sizeof(Dyn) && dyn[i].d_tag != DT_NULL; i++) {
		uintptr_t v = dyn[i].d_val;

		switch (dyn[i].d_tag) {
		case DT_STRTAB: str = v; break;
		case DT_STRSZ: d->strsz = v; break;
		case DT_SYMTAB: sym = v; break;
		case DT_HASH: hash = v; break;
		case DT_GNU_HASH: gnu = v; break;
		case DT_VERSYM: versym = v; break;
		case DT_VERDEF: verdef = v; break;
		}
	}
	if (hash) {
		const uint32_t *h = at(im, hash, 8, 4);

		d->nsym = h ? h[1] : 0;
	} else if (gnu)
		d->nsym = gnu_count(im, gnu);
	if (!(d->str = at(im, str, d->strsz, 1)) || !d->strsz || d->str[d->strsz - 1] ||
	    d->nsym > VDSO_MAX / sizeof(Sym) || !(d->sym = at(im, sym, d->nsym * sizeof(Sym), sizeof(uintptr_t))))
		return 0;
	d->versym = versym ? at(im, versym, d->nsym * 2, 2) : 0;
	d->verdef = verdef ? at(im, verdef, sizeof(Verdef), 4) : 0;
	return !versym || d->versym;
}

/* Whether version index ndx is named ver, through the checked chain of version definitions. */
static int version_is(const struct image *im, const struct dynamic *d, uint16_t ndx, const char *ver)
{
	const Verdef *vd = d->verdef;

	for (int n = 0; vd && n < 256; n++) {
		const Verdaux *aux = at(im, (uintptr_t)vd - im->bias + vd->vd_aux, sizeof(Verdaux), 4);

		if (!(vd->vd_flags & VER_FLG_BASE) && (vd->vd_ndx & 0x7fff) == (ndx & 0x7fff))
			return aux && aux->vda_name < d->strsz && !strcmp(d->str + aux->vda_name, ver);
		if (!vd->vd_next)
			return 0;
		vd = at(im, (uintptr_t)vd - im->bias + vd->vd_next, sizeof(Verdef), 4);
	}
	return 0;
}

static void *lookup(const Ehdr *eh, const char *name, const char *ver)
{
	struct image im;
	struct dynamic d;
	const Phdr *dyn;

	if (!load(eh, &im, &dyn) || !dynamic(&im, dyn, &d))
		return 0;
	for (uintptr_t i = 0; i < d.nsym; i++) {
		const Sym *s = &d.sym[i];
		int bind = s->st_info >> 4;

		if ((s->st_info & 0xf) != STT_FUNC || (bind != STB_GLOBAL && bind != STB_WEAK) || !s->st_shndx ||
		    s->st_name >= d.strsz || strcmp(d.str + s->st_name, name))
			continue;
		if (d.versym && ver && !version_is(&im, &d, d.versym[i], ver))
			continue;
		return (void *)at(&im, (uintptr_t)s->st_value, 1, 1);
	}
	return 0;
}

void *__vdso_sym(const char *name, const char *ver)
{
	uintptr_t eh = (uintptr_t)__getauxval(AT_SYSINFO_EHDR);

	return eh ? lookup((const Ehdr *)eh, name, ver) : 0;
}
