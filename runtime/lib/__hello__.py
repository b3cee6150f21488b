"""A small frozen module, as CPython's own `__hello__`: proves the embedding works."""

initialized = True


class TestFrozenUtf8_1:
    """\u00b6"""


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
