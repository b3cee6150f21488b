import unittest, io, re, sys

class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self):
        if not self.items: raise IndexError("pop from empty stack")
        return self.items.pop()

class StackTests(unittest.TestCase):
    log = []
    @classmethod
    def setUpClass(cls): cls.log.append("setUpClass")
    @classmethod
    def tearDownClass(cls): cls.log.append("tearDownClass")
    def setUp(self):
        self.s = Stack()
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)
    def test_push_pop(self):
        "Pushing then popping gives the item back."
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])
    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)
    def test_many_asserts(self):
        self.assertTrue([1]); self.assertFalse(0); self.assertIsNone(None); self.assertIsNotNone(0)
        self.assertIn(2, [1, 2]); self.assertNotIn(3, [1]); self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertGreater(2, 1); self.assertLessEqual(1, 1); self.assertRegex("abc123", r"\d+")
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIs(True, True); self.assertNotEqual(1, 2)
    def test_fail_eq(self):
        self.assertEqual(1 + 1, 3)
    def test_fail_msg(self):
        self.assertTrue(0, "zero is falsy")
    def test_error(self):
        {}["missing"]
    @unittest.skip("not ready")
    def test_skipped(self): pass
    @unittest.skipIf(sys.version_info >= (3,), "py3")
    def test_skip_if(self): pass
    @unittest.expectedFailure
    def test_expected(self): self.assertEqual(1, 2)
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 3, 2)
    def test_almost_fail(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

class Other(unittest.TestCase):
    def runTest(self): pass
    def test_in(self): self.assertIn("x", "abc")

def run(verbosity):
    buf = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(StackTests)
    suite.addTest(Other("test_in"))
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", buf.getvalue())
    text = re.sub(r'File ".*?([\w]+\.py)"', r'File "\1"', text)
    print(text)
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.testsRun)
    print([str(t) for t, _ in result.failures])
run(2)
run(1)
print(StackTests.log[:4], StackTests.log[-1])
print(unittest.TestLoader().getTestCaseNames(StackTests))
print(str(StackTests("test_empty")), repr(StackTests("test_empty")), StackTests("test_push_pop").shortDescription())
r = unittest.TestResult(); Other("test_in").run(r); print(r.failures[0][1].splitlines()[-1])
prog = unittest.main(argv=["prog", "Other.runTest"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result)
print("done")
