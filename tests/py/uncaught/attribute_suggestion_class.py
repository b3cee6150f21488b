class Config:
    verbose = False
    def __init__(self):
        self.threshold = 3
    def describe(self):
        return "config"
cfg = Config()
print(cfg.threshold)
print(cfg.treshold)
