class Config:
    def __init__(self, path):
        self.path = path
        self.data = self.load()
    def load(self):
        return int(self.path)
c = Config("settings.ini")
