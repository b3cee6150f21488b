class Base:
    @property
    def name(self):
        return "base"
    def describe(self):
        return f"I am {self.name}"
class Child(Base):
    @property
    def name(self):
        return "child+" + super().name
class Plain(Base):
    name = "plain attribute"
print(Base().describe(), Child().describe(), Plain().describe())
print(type(Base.__dict__["name"]).__name__, isinstance(Child.name, property), Child.name.fget.__name__)
