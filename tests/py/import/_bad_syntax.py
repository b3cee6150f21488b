ok = 1
value = (1,
         2 3)
