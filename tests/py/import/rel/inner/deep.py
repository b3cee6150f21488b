from .. import plain
WHERE = __name__ + " in " + __package__ + " with " + plain.__name__
