# -*- coding: utf-8 -*-
# Ĉi tio estas komento
x = 1  # komento kun ĉapeloj
def f():  # 日本語のコメント
    # 🐍
    return x  # ü
