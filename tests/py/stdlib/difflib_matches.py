import difflib
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "heel", "whale", "well"], n=2, cutoff=0.5))
s = difflib.SequenceMatcher(None, "abxcd", "abcd"); print(s.ratio(), s.get_matching_blocks(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;"); print(round(s.ratio(), 3), s.get_opcodes())
a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(True)
b = "one\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\n9\nten\neleven\n".splitlines(True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(a, b, n=1)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")), list(difflib.unified_diff(["same"], ["same"])))
words = ["python", "pythonic", "typhon", "java", "javascript", "pyth", "cython", "jython"]
for w in ["pyton", "jav", "cthon", "xyz"]:
    print(w, difflib.get_close_matches(w, words), difflib.get_close_matches(w, words, n=5, cutoff=0.3))
long_a = ("the quick brown fox " * 30).split(); long_b = ("the quick red fox " * 30).split()
sm = difflib.SequenceMatcher(None, long_a, long_b); print(round(sm.ratio(), 6), len(sm.get_matching_blocks()), sm.bpopular == set(), len(sm.get_opcodes()))
