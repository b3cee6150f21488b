a = 1; b = 2; c = 3;
import os; del a
if x: pass; pass
