class AppError(Exception):
    pass
class DbError(AppError):
    def __str__(self):
        return "db: " + super().__str__()
class Timeout(DbError):
    pass
for exc in (Timeout("slow"), DbError("gone"), AppError("app")):
    try:
        raise exc
    except DbError as e:
        print("db branch", type(e).__name__, e)
    except AppError as e:
        print("app branch", e)
try:
    raise Timeout
except Exception as e:
    print(repr(e), isinstance(e, AppError))
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
