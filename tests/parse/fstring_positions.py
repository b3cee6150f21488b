x = (f"a{b}"
     f"c{d}")
y = ("é" f"{é}"
     f"ü{ü!r:>{w}}")
z = f"""
  {a
   + b}
  é {c}"""
w = f'{x}' 'plain' f'{y=}'
v = f"{a}{b}{c}" + f"{ d }"
u = "é"; t = f"{u}é{u}"
