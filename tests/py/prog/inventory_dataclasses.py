from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    def total(self):
        return self.price * self.qty
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    def add(self, *items):
        self.items.extend(items)
    def value(self):
        return round(sum(i.total() for i in self.items), 2)
inv = Inventory()
inv.add(Item("bolt", 0.25, 100), Item("nut", 0.1, 250), Item("gear", 12.5))
print(inv.value(), [i.name for i in sorted(inv.items, key=Item.total, reverse=True)])
print(inv.items[0], Item("a", 1) == Item("a", 1))
