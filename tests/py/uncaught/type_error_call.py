def area(width, height):
    return width * height
print(area(2, 3))
area(2, height=3, depth=4)
