class Temp:
    @property
    def kelvin(self):
        raise ValueError("no reading")
t = Temp()
print(getattr(t, "celsius", "n/a"))
print(t.kelvin)
