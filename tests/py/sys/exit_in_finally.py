import sys
def main():
    try:
        sys.exit(4)
    finally:
        print("finally still runs")
main()
