f"{f'{x}'}"
f'''{f"{f'{y}'}"}'''
f"{[a for a in b]}"
f"{ {'k': 1}['k'] }"
f"{(lambda: 1)()}"
f"{x if y else z}"
f"{a['b']}"
f"""{
    x
}"""
f"""multi
line {x}
text {y:>{w}}"""
f"{x,}"
f"{x, y}"
f"{*a,}"
f"{yield_}"
