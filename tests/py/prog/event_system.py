class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for h in self.handlers.get(event, []):
            try:
                results.append(h(*args))
            except Exception as e:
                results.append(f"{h.__name__} failed: {e!r}")
        return results
bus = Emitter()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet")
def shout(name):
    return name.upper() + "!"
@bus.on("greet")
def broken(name):
    return name + 1
print(bus.emit("greet", "ann"), bus.emit("none"))
