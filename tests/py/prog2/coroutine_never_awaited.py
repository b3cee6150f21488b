import asyncio
async def work(n):
    return n
def make():
    for i in range(3):
        work(i)
make()
c = work(5)
c.close()
print("mid")
async def main():
    work(9)
    r = await work(1)
    print("r", r)
asyncio.run(main())
print("end")
