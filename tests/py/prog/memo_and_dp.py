def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    return dp[0][0]
memo = {}
def ways(n, coins=(1, 5, 10, 25)):
    key = (n, coins)
    if key in memo:
        return memo[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    memo[key] = r = ways(n - coins[0], coins) + ways(n, coins[1:])
    return r
print(lcs("AGGTAB", "GXTXAYB"), ways(100), len(memo) > 0)
