/* The program every spawn benchmark starts: it exits at once. */
int main(void)
{
	return 0;
}
