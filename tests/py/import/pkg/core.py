def greet(name):
    return f"hello {name} from {__name__}"
