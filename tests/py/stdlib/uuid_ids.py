import uuid
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.time_low, u.node, u.bytes_le == uuid.UUID(bytes_le=u.bytes_le).bytes_le, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"))
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), uuid.uuid1().version)
for bad in ["xyz", "1234"]:
    try: uuid.UUID(bad)
    except ValueError as e: print(e)
try: u.int = 5
except TypeError as e: print(e)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(int=1, version=4))
