/* a struct definition and a constant, for #include */
#define ORIGIN 0
struct Pt {
	int x;	// across lines
	int y;
};
