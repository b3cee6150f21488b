# Classic exercises: a bank with accounts and an inventory, with dunders,
# properties, class attributes, exceptions and formatting.
from functools import total_ordering


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


@total_ordering
class Account:
    _next_id = 1000
    interest = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("balance cannot be negative")
        self._balance = v

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8}|{self.balance:>10,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.id)

    def __bool__(self):
        return self.balance > 0


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))


accts = [Account("ann", 100), Savings("bob", 2500.5), Account("cy"), Savings("dee", 99.99)]
for a in accts:
    print(a)
print(repr(accts[1]), bool(accts[2]), accts[0] < accts[1], accts[0] >= accts[3])
accts[1].add_interest()
print(accts[1].balance, accts[1].history)
try:
    accts[2].withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.args, e.needed, e.available)
try:
    accts[0].deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    accts[0].balance = -1
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(accts), max(accts).owner, min(accts, key=lambda a: a.owner))
print(sorted(accts, key=lambda a: (-a.balance, a.owner)))
print(Savings.__mro__)
print(Savings.interest, Account.interest, accts[1].interest, Savings.add_interest.__qualname__)
print(type(Account.balance).__name__, Account.__eq__.__name__, Account.balance.fget.__name__)
print(accts[0] == 100, accts[0] != "x", accts[0] == Account("zed", 100))
print(len({accts[0], accts[0], accts[1]}))
total = sum(a.balance for a in accts)
print(f"total={total:,.3f} avg={total / len(accts):e} pct={accts[0].balance / total:.1%}")


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1, price=0.0):
        cur = self.items.setdefault(name, {"qty": 0, "price": price})
        cur["qty"] += qty
        if price:
            cur["price"] = price

    def remove(self, name, qty=1):
        if name not in self.items:
            raise KeyError(name)
        item = self.items[name]
        if item["qty"] < qty:
            raise ValueError(f"only {item['qty']} {name} left")
        item["qty"] -= qty
        if not item["qty"]:
            del self.items[name]

    def __len__(self):
        return sum(i["qty"] for i in self.items.values())

    def __contains__(self, name):
        return name in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __getitem__(self, name):
        return self.items[name]["qty"]

    def value(self):
        return sum(i["qty"] * i["price"] for i in self.items.values())

    def report(self):
        lines = [f"{'item':<10}{'qty':>5}{'price':>9}"]
        for name in self:
            i = self.items[name]
            lines.append(f"{name:<10}{i['qty']:>5}{i['price']:>9.2f}")
        lines.append(f"{'total':<10}{len(self):>5}{self.value():>9.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 10, 0.5)
inv.add("pear", 3, 0.75)
inv.add("apple", 5)
inv.add("kiwi", 1, 1.25)
print(inv.report())
inv.remove("kiwi")
print(len(inv), "kiwi" in inv, "apple" in inv, inv["apple"], list(inv))
for bad in [("kiwi", 1), ("pear", 7)]:
    try:
        inv.remove(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
try:
    inv["nothing"]
except KeyError as e:
    print("KeyError", e)
print({k: v["qty"] for k, v in inv.items.items()})
print(dict(sorted(inv.items.items(), key=lambda kv: kv[1]["qty"])))
