# tokenizer + recursive descent calculator, text adventure, linked list
import operator
class Token:
    def __init__(self, kind, val): self.kind, self.val = kind, val
    def __repr__(self): return f"Token({self.kind}, {self.val!r})"
def tokenize(s):
    i, out = 0, []
    while i < len(s):
        c = s[i]
        if c.isspace(): i += 1; continue
        if c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'): j += 1
            out.append(Token('NUM', float(s[i:j]) if '.' in s[i:j] else int(s[i:j]))); i = j; continue
        if c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum(): j += 1
            out.append(Token('ID', s[i:j])); i = j; continue
        if c in '+-*/()^%,': out.append(Token('OP', c)); i += 1; continue
        raise SyntaxError(f"bad char {c!r} at {i}")
    out.append(Token('EOF', None)); return out
class Parser:
    def __init__(self, toks, env): self.t, self.i, self.env = toks, 0, env
    def peek(self): return self.t[self.i]
    def eat(self, v=None):
        tok = self.t[self.i]
        if v is not None and tok.val != v: raise SyntaxError(f"expected {v!r}, got {tok.val!r}")
        self.i += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek().val in ('+', '-'):
            op = self.eat().val; r = self.term(); v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().val in ('*', '/', '%'):
            op = self.eat().val; r = self.factor()
            v = {'*': operator.mul, '/': operator.truediv, '%': operator.mod}[op](v, r)
        return v
    def factor(self):
        b = self.unary()
        if self.peek().val == '^': self.eat(); return b ** self.factor()
        return b
    def unary(self):
        if self.peek().val == '-': self.eat(); return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.eat()
        if tok.kind == 'NUM': return tok.val
        if tok.kind == 'ID':
            if self.peek().val == '(':
                self.eat('('); args = [self.expr()]
                while self.peek().val == ',': self.eat(); args.append(self.expr())
                self.eat(')'); return self.env[tok.val](*args)
            return self.env[tok.val]
        if tok.val == '(':
            v = self.expr(); self.eat(')'); return v
        raise SyntaxError(f"unexpected {tok!r}")
import math
env = {'pi': math.pi, 'sqrt': math.sqrt, 'max': max, 'x': 10}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 3 + x', 'sqrt(16) + max(1, 7, 3)', '2 * pi', '1 +', '3 $ 4', '(1', 'y + 1', '1 / 0', '0.1 + 0.2']:
    try: print(src, '=', Parser(tokenize(src), env).expr())
    except (SyntaxError, KeyError, ZeroDivisionError) as e: print(src, '->', type(e).__name__, e)
print(tokenize('a1 + 2.5'))
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, it=()):
        self.head = None; self.n = 0
        for x in reversed(list(it)): self.push(x)
    def push(self, v): self.head = Node(v, self.head); self.n += 1
    def __iter__(self):
        cur = self.head
        while cur: yield cur.val; cur = cur.next
    def __len__(self): return self.n
    def __repr__(self): return ' -> '.join(map(repr, self)) or 'empty'
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.next, prev, cur = prev, cur, cur.next
        self.head = prev; return self
    def __getitem__(self, i):
        if i < 0: i += self.n
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('linked list index out of range')
ll = LinkedList([1, 2, 3, 'four'])
print(ll, len(ll), ll.reverse(), ll[0], ll[-1], list(ll), 3 in ll, LinkedList())
try: ll[10]
except IndexError as e: print(e)
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
st = Stack(); st.push(1); st.push(2); print(st, st.peek(), st.pop(), st, isinstance(st, list), type(st).__name__)
rooms = {'hall': {'n': 'kitchen', 'e': 'study', 'items': ['key']}, 'kitchen': {'s': 'hall', 'items': ['knife']}, 'study': {'w': 'hall', 'items': [], 'locked': True}}
state = {'room': 'hall', 'inv': []}
for cmd in ['look', 'take key', 'go n', 'take knife', 'take spoon', 'go s', 'go e', 'go w', 'inv', 'dance']:
    verb, _, arg = cmd.partition(' ')
    r = rooms[state['room']]
    match verb:
        case 'look': print(f"You are in the {state['room']}. Items: {', '.join(r['items']) or 'none'}")
        case 'take' if arg in r['items']: r['items'].remove(arg); state['inv'].append(arg); print('Taken', arg)
        case 'take': print(f"No {arg} here")
        case 'go' if arg in r:
            dest = r[arg]
            if rooms[dest].get('locked') and 'key' not in state['inv']: print('Locked')
            else: state['room'] = dest; print('->', dest)
        case 'go': print("Can't go", arg)
        case 'inv': print('Carrying:', sorted(state['inv']))
        case _: print(f"Unknown command {verb!r}")
