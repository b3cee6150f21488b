e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
raise e
