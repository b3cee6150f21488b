import _helper
def call():
    _helper.explode()
call()
