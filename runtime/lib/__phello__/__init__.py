"""A small frozen package, as CPython's `__phello__`: proves frozen packages work."""

initialized = True


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
