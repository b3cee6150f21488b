# A Richards-style operating-system simulation: a scheduler switching between
# task objects that pass packets around; attribute access and method calls.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
BUF_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = state == "wait"
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting) and not (
            self.waiting and not self.packet_pending
        )

    def take_packet(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        self.packet_pending = self.queue is not None
        return p

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            packet.link = None
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None, "run")
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, "wait")
        self.dest = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(BUF_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = self.count
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, "wait")
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < BUF_SIZE:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, "wait")
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def hold_self(self):
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.held or (t.waiting and not t.packet_pending):
                t = t.link
                continue
            self.current = t
            packet = None
            if t.waiting and t.packet_pending:
                t.waiting = False
                packet = t.take_packet()
            elif t.packet_pending:
                packet = t.take_packet()
                t.waiting = False
            t = t.run(packet)


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


def main():
    for _ in range(8):
        result = run_once(10000)
    print("queue count", result[0], "hold count", result[1])


main()
