café = 1
π = 3.14159
日本 = "japan"
ñandú.pío = 2
def fünction(ärg, *ärgs, **kwärgs):
    return ärg
class Ωmega: pass
x = café + π
ℌ = 1
