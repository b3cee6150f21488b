def f(a: "str", *args: *Ts, b: int | None = None, **kw: Any) -> tuple[int, ...]:
    pass
x: dict[str, list[int]] = {}
y: Callable[[int], str]
async def g() -> Awaitable[None]: ...
