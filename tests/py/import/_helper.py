"""A helper module imported by the cases of this folder."""
print("_helper imported as", __name__)
VALUE = 42
def double(x):
    return 2 * x
def explode():
    raise ValueError("from helper")
