x = ₀abc
