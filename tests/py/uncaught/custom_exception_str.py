class Boom(Exception):
    def __str__(self):
        return "custom message"
class Quiet(Exception):
    pass
try:
    raise Quiet()
except Quiet as q:
    print(repr(q))
raise Boom(1, 2)
