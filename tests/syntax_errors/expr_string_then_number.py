x = 'abc' 1 'def'
