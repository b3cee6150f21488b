import errno, os, copyreg
print(errno.ENOENT, errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.EAGAIN == errno.EWOULDBLOCK, len(errno.errorcode))
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno) if hasattr(os, "strerror") else "")
class P:
    def __init__(self, a): self.a = a
copyreg.pickle(P, lambda p: (P, (p.a,)))
import copy
print(copy.copy(P(3)).a, P in copyreg.dispatch_table)
import os
print([os.strerror(i) for i in (1, 2, 13, 22, 99999)])
