# Values, names and `show`.
show "Hello, world!"
name = "Ada"
year = 1815
show "name:", name
show "born in", year, "- that is", 2024 - year, "years ago"
show
show 7 / 2, 7 // 2, 7 % 2, 2 ** 10
show "x" * 3 + "y", len("teaching")
