def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            if x > 0:
                return x
            return y
        case {"type": "key", "key": str() as k}:
            match k:
                case "q": return None
                case _: return k
