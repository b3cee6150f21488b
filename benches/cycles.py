# Reference cycles: doubly linked lists built and dropped, so only a cycle
# collector can free them (peak memory shows whether one runs).


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def build_ring(n):
    head = Node(0)
    tail = head
    for i in range(1, n):
        node = Node(i)
        node.prev = tail
        tail.next = node
        tail = node
    tail.next = head
    head.prev = tail
    return head


def ring_sum(head):
    total = head.value
    node = head.next
    while node is not head:
        total += node.value
        node = node.next
    return total


def main():
    grand = 0
    for round in range(300):
        head = build_ring(2000)
        grand += ring_sum(head)
        # A dict and a list that refer to each other.
        d = {"self": None}
        lst = [d]
        d["self"] = lst
    print("total", grand)


main()
