# bank / inventory / library systems
from collections import defaultdict
import datetime
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed; self.available = available
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner = owner; self._balance = balance; self.history = []
    @property
    def balance(self): return round(self._balance, 2)
    def deposit(self, amt):
        if amt <= 0: raise ValueError("Deposit must be positive")
        self._balance += amt; self.history.append(('dep', amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self.history.append(('wd', amt)); return self
    def __repr__(self): return f"Account(id={self.id}, owner={self.owner!r}, balance={self.balance:.2f})"
    def __str__(self): return f"{self.owner}: ${self.balance:,.2f}"
    def __lt__(self, o): return self.balance < o.balance
class Savings(Account):
    rate = 0.025
    def add_interest(self): return self.deposit(self._balance * self.rate)
    def __repr__(self): return 'Savings' + super().__repr__()[7:]
accts = [Account('ann', 100), Savings('bob', 2500.5), Account('cy')]
accts[0].deposit(50.25).withdraw(20); accts[1].add_interest(); accts[2].deposit(1e6)
for a in sorted(accts): print(a, repr(a))
try: accts[0].withdraw(1000)
except InsufficientFunds as e: print('Error:', e, e.needed, e.available, e.args)
try: accts[0].deposit(-5)
except ValueError as e: print('Error:', e)
print(max(accts).owner, sum(a.balance for a in accts), [h for a in accts for h in a.history])
print(f"{'Owner':<10}|{'Balance':>15}|{'Pct':^8}|")
total = sum(a.balance for a in accts)
for a in accts: print(f"{a.owner:<10}|{a.balance:>15,.2f}|{a.balance / total:^8.1%}|")
inv = defaultdict(lambda: {'qty': 0, 'price': 0.0})
for name, qty, price in [('apple', 10, 0.5), ('pear', 3, 0.75), ('apple', 5, 0.55), ('kiwi', 0, 1.2)]:
    inv[name]['qty'] += qty; inv[name]['price'] = price
print(dict(inv))
print({k: round(v['qty'] * v['price'], 2) for k, v in inv.items()}, [k for k, v in inv.items() if not v['qty']])
low = sorted(inv.items(), key=lambda kv: (kv[1]['qty'], kv[0]))
print(low[0][0], low[-1])
class Book:
    def __init__(self, title, author, isbn): self.title, self.author, self.isbn = title, author, isbn; self.out = None
    def __eq__(self, o): return isinstance(o, Book) and self.isbn == o.isbn
    def __hash__(self): return hash(self.isbn)
    def __repr__(self): return f"<Book {self.title!r} by {self.author}>"
class Library:
    def __init__(self): self.books = {}; self.loans = defaultdict(list)
    def add(self, *books):
        for b in books: self.books[b.isbn] = b
    def checkout(self, isbn, who, day):
        b = self.books.get(isbn)
        if b is None: raise KeyError(f"no book {isbn}")
        if b.out: raise RuntimeError(f"{b.title} already out to {b.out[0]}")
        b.out = (who, day); self.loans[who].append(b)
    def overdue(self, today, days=14):
        return sorted((b for b in self.books.values() if b.out and (today - b.out[1]).days > days), key=lambda b: b.title)
lib = Library()
lib.add(Book('Dune', 'Herbert', '1'), Book('Emma', 'Austen', '2'), Book('Ulysses', 'Joyce', '3'))
lib.checkout('1', 'ann', datetime.date(2024, 1, 1)); lib.checkout('3', 'bob', datetime.date(2024, 2, 1))
for args in [('1', 'cy', datetime.date(2024, 1, 2)), ('9', 'cy', datetime.date(2024, 1, 2))]:
    try: lib.checkout(*args)
    except (KeyError, RuntimeError) as e: print(type(e).__name__, e)
print(lib.overdue(datetime.date(2024, 2, 10)), dict(lib.loans), len(set(lib.books.values()) | {Book('X', 'Y', '1')}))
d = datetime.date(2024, 2, 28); print(d + datetime.timedelta(days=2), d.strftime('%Y/%m/%d %A %b'), d.isoformat(), d.weekday(), repr(d), (datetime.date(2024, 12, 25) - d).days)
dt = datetime.datetime(2024, 3, 1, 14, 30, 5); print(dt, repr(dt), dt.strftime('%H:%M:%S %p %j'), dt + datetime.timedelta(hours=12), dt.date(), dt.time(), datetime.timedelta(days=1, seconds=3661), repr(datetime.timedelta(minutes=-1)))
print(datetime.datetime.strptime('2024-05-06 07:08', '%Y-%m-%d %H:%M'), datetime.date.fromisoformat('2020-02-29'), datetime.timedelta(hours=36).total_seconds(), datetime.date(2024, 1, 1) < datetime.date(2024, 1, 2))
