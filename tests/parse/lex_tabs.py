if x:
	pass
	if y:
		z = 1
def f():
	return 1
class C:
	    a = 1
	    if a:
	    	b = 2
