class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says woof"
d = Dog("rex")
print(d.speak(), d.name, d.species, Dog.species, type(d).__name__, isinstance(d, Dog))
