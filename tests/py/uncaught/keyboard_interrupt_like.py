class Custom(BaseException):
    pass
print("raising a BaseException subclass")
raise Custom("base")
