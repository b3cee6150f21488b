x = ‘a’
