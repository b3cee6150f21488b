# Fannkuch-redux: permutations of a list, slicing and in-place reversal.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutations = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutations % 2 == 0 else -flips
        permutations += 1
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    checksum, flips = fannkuch(9)
    print(checksum)
    print(f"Pfannkuchen(9) = {flips}")


main()
