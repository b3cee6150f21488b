import threading, queue
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter", counter, all(not t.is_alive() for t in threads))
q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
c = threading.Thread(target=consumer); c.start()
for i in range(5): q.put(i)
q.put(None)
q.join(); c.join()
print("results", results)
ev = threading.Event()
flag = []
def setter(): flag.append("set"); ev.set()
threading.Thread(target=setter).start()
print("wait", ev.wait(), flag)
out = []
def work(i): out.append(i)
ts = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), ts[0].name, threading.current_thread().name, threading.main_thread() is threading.current_thread())
local = threading.local(); local.x = 5; print(local.x)
b = threading.Barrier(1); print(b.wait())
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
sem = threading.Semaphore(2)
with sem: print("sem ok")
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def sq(x):
    if x == 3: raise ValueError("three")
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(sq, [1, 2, 4])))
    futs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result() for f in futs if f.exception() is None), [type(f.exception()).__name__ for f in futs if f.exception()])
    print(sorted(f.result() for f in as_completed([ex.submit(sq, 5), ex.submit(sq, 6)])))
    done, not_done = wait(futs); print(len(done), len(not_done))
