def main():
    print("main ran", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
print(__name__ == "__main__")
