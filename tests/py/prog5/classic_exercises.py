# classic exercises
import functools, math, itertools, collections, sys
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a)-1-i):
            if a[j] > a[j+1]: a[j], a[j+1] = a[j+1], a[j]
    return a
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a)//2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
def quick(a):
    if len(a) < 2: return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
data = [5, 3, 9, 1, 5, 8, -2, 0, 7]
print(bubble(data), merge_sort(data), quick(data))
def fact(n): return 1 if n < 2 else n * fact(n-1)
f500 = fact(500)
print(len(str(f500)), str(f500)[:30], f500 % 1000003, sum(map(int, str(f500))))
a, b = 0, 1
for _ in range(1000): a, b = b, a + b
print(str(a)[:20], len(str(a)), a.bit_length(), hex(a)[:12])
print(math.factorial(50), math.comb(100, 50), math.perm(10, 3), math.isqrt(10**40 + 5))
def collatz(n):
    c = 0
    while n != 1:
        n = 3*n+1 if n % 2 else n//2; c += 1
    return c
print(max(range(1, 3000), key=collatz), collatz(27))
def sieve(n):
    s = bytearray([1])*(n+1); s[0]=s[1]=0
    for i in range(2, int(n**0.5)+1):
        if s[i]: s[i*i::i] = bytearray(len(s[i*i::i]))
    return [i for i, v in enumerate(s) if v]
pr = sieve(200); print(pr[-5:], len(sieve(10000)))
def queens(n):
    res = []
    def go(r, cols, d1, d2, cur):
        if r == n: res.append(cur[:]); return
        for c in range(n):
            if c in cols or r-c in d1 or r+c in d2: continue
            cur.append(c); go(r+1, cols|{c}, d1|{r-c}, d2|{r+c}, cur); cur.pop()
    go(0, frozenset(), frozenset(), frozenset(), [])
    return res
q = queens(6); print(len(q), q[0], len(queens(8)))
def roman(n):
    vals = [(1000,'M'),(900,'CM'),(500,'D'),(400,'CD'),(100,'C'),(90,'XC'),(50,'L'),(40,'XL'),(10,'X'),(9,'IX'),(5,'V'),(4,'IV'),(1,'I')]
    out = ''
    for v, s in vals:
        while n >= v: out += s; n -= v
    return out
def unroman(s):
    m = dict(I=1,V=5,X=10,L=50,C=100,D=500,M=1000); t = 0
    for a, b in zip(s, s[1:] + ' '):
        t += -m[a] if b != ' ' and m[a] < m[b] else m[a]
    return t
print([roman(x) for x in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)], all(unroman(roman(i)) == i for i in range(1, 4000)))
@functools.lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b: return 0
    if a[0] == b[0]: return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs.cache_info())
def knap(items, W):
    dp = [0]*(W+1)
    for w, v in items:
        for c in range(W, w-1, -1): dp[c] = max(dp[c], dp[c-w]+v)
    return dp[W]
print(knap([(12,4),(2,2),(1,1),(1,2),(4,10)], 15))
def edit(a, b):
    d = [[0]*(len(b)+1) for _ in range(len(a)+1)]
    for i in range(len(a)+1): d[i][0] = i
    for j in range(len(b)+1): d[0][j] = j
    for i in range(1, len(a)+1):
        for j in range(1, len(b)+1):
            d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+(a[i-1]!=b[j-1]))
    return d[-1][-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
g = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(s):
    seen, q, order = {s}, collections.deque([s]), []
    while q:
        x = q.popleft(); order.append(x)
        for y in g[x]:
            if y not in seen: seen.add(y); q.append(y)
    return order
def dfs(s, seen=None):
    seen = seen if seen is not None else []
    seen.append(s)
    for y in g[s]:
        if y not in seen: dfs(y, seen)
    return seen
print(bfs('A'), dfs('A'))
import heapq
def dijkstra(adj, s):
    dist = {s: 0}; h = [(0, s)]
    while h:
        d, u = heapq.heappop(h)
        if d > dist.get(u, math.inf): continue
        for v, w in adj.get(u, ()):
            if d + w < dist.get(v, math.inf): dist[v] = d + w; heapq.heappush(h, (d+w, v))
    return dict(sorted(dist.items()))
print(dijkstra({'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)], 'd': [('e', 6)], 'f': [('e', 9)]}, 'a'))
def life(cells, n):
    for _ in range(n):
        cnt = collections.Counter((x+dx, y+dy) for x, y in cells for dx in (-1,0,1) for dy in (-1,0,1) if dx or dy)
        cells = {c for c, k in cnt.items() if k == 3 or (k == 2 and c in cells)}
    return sorted(cells)
print(life({(1,0),(2,1),(0,2),(1,2),(2,2)}, 4))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted([3,1,2], reverse=True))
print(sorted([(1,'b'),(1,'a'),(0,'z')], key=lambda t: (-t[0], t[1])))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([5, 2, 8], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(list(itertools.permutations('abc', 2))[:4], list(itertools.combinations(range(5), 3))[-2:])
print(list(itertools.accumulate([1,2,3,4], lambda a, b: a*b)), list(itertools.groupby('aabbbc'))[0][0])
print([(k, len(list(g))) for k, g in itertools.groupby('aaabbcaa')])
print(functools.reduce(lambda a, b: a*b, range(1, 20)), sum(i*i for i in range(100)))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2))
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(-2, 3), 2**-2, (-8) ** (1/3))
