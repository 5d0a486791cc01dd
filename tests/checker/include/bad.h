#define LIMIT 10
#define F(x) (x)
