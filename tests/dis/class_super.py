class A(Base):
    def __init__(self):
        super().__init__()
        self.__private = 1
