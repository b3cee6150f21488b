"""The smallest frozen module (CPython ships one under the same name): running
`moult -m __hello__` shows that modules embedded in the binary import and run."""

initialized = True


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
