match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5j | 3 + 4j | -5 - 6j:
        pass
    case "s" "t":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True | False:
        pass
