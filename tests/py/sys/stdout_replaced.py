import sys
class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
old = sys.stdout
sys.stdout = Cap()
print("captured", 1)
cap = sys.stdout
sys.stdout = old
print(cap.parts)
sys.stdout = None
print("lost")
sys.stdout = old
print("back")
