class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.shortfall = amount - balance
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner, self._balance = owner, balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
a = Account("ann").deposit(100).withdraw(30)
b = Account("bob", 5)
print(a, b, a.history)
for op in (lambda: b.withdraw(50), lambda: a.deposit(-1)):
    try:
        op()
    except InsufficientFunds as e:
        print("funds:", e, e.shortfall)
    except ValueError as e:
        print("value:", e)
