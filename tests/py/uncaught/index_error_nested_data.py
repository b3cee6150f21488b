grid = [[1, 2], [3, 4]]
for row in range(3):
    print(grid[row][1])
