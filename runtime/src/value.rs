//! `Value`: one machine word that is either a small int or a counted pointer to
//! a heap object. This module alone knows the encoding and holds the unsafe code
//! of the heap (allocation, reference counting, freeing, downcasting).
//!
//! **Invariant:** low bit 1 is a small int of 63 bits (`bits >> 1`, arithmetic);
//! low bit 0 is a pointer to an [`Obj<T>`], aligned to 16 bytes, whose count
//! this `Value` owns one unit of.

use std::alloc::Layout;
use std::any::TypeId;
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::offset_of;
use std::num::NonZeroUsize;

use crate::alloc::{Allocator, Domain, Heap};
use crate::object::float::Float;
use crate::object::typeobj::TypeObject;

// The small-int encoding assumes 64-bit words.
const _: () = assert!(usize::BITS == 64);

/// The smallest and largest ints stored in the word itself.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

/// What every heap object starts with.
#[repr(C)]
pub struct Header {
    refcnt: Cell<usize>,
    /// Borrowed: a type outlives its instances (builtin types are immortal).
    ty: Cell<*const Obj<TypeObject>>,
}

/// A heap object: the header, then the type's payload.
#[repr(C, align(16))]
pub struct Obj<T> {
    header: Header,
    pub payload: T,
}

/// The cycle collector's link, placed just before the header of container
/// objects, as CPython's `PyGC_Head`: the object's place in its generation's
/// list, and the collector's scratch count.
#[repr(C)]
pub struct GcHead {
    prev: Cell<*const GcHead>,
    next: Cell<*const GcHead>,
    /// During a collection: the references not yet explained by other objects
    /// of the generation (CPython's `gc_refs`). In a sentinel: unused.
    refs: Cell<isize>,
    /// `FINALIZED` and the collector's marks.
    flags: Cell<usize>,
}

/// The object's `__del__` already ran (PEP 442: it runs once).
pub const GC_FINALIZED: usize = 1;
/// The object belongs to the generation being collected.
pub const GC_COLLECTING: usize = 2;
/// The object waits in the collection's list of unreachable objects
/// (tentatively, until something reachable is found to refer to it).
pub const GC_UNREACHABLE: usize = 4;
/// Weak references point at the object (see `gc::weakref`).
pub const GC_WEAKREFS: usize = 8;
/// Not counted in the young generation's counter: the attribute dict of an
/// instance, which CPython 3.11 keeps inside the instance (see
/// `Value::gc_count_with_owner`).
pub const GC_UNCOUNTED: usize = 16;

impl GcHead {
    fn detached() -> GcHead {
        GcHead {
            prev: Cell::new(std::ptr::null()),
            next: Cell::new(std::ptr::null()),
            refs: Cell::new(0),
            flags: Cell::new(0),
        }
    }

    /// The sentinel of a list of tracked objects (a generation); it must not
    /// move once objects are linked to it (the interpreter boxes it).
    pub fn new_list() -> Box<GcHead> {
        let head = Box::new(GcHead::detached());
        let p: *const GcHead = &*head;
        head.prev.set(p);
        head.next.set(p);
        head
    }

    /// Unlinks every object from this sentinel (when the interpreter goes
    /// away), so that objects outliving it never touch the freed sentinel.
    pub fn detach_all(&self) {
        let mut p = self.next.get();
        while !std::ptr::eq(p, self) {
            // SAFETY: every node in the list is a live GcHead (unlinked before it is freed).
            unsafe {
                let next = (*p).next.get();
                (*p).prev.set(std::ptr::null());
                (*p).next.set(std::ptr::null());
                p = next;
            }
        }
        let me: *const GcHead = self;
        self.prev.set(me);
        self.next.set(me);
    }

    /// How many objects are linked after this sentinel.
    pub fn count(&self) -> usize {
        let mut n = 0;
        let mut p = self.next.get();
        while !std::ptr::eq(p, self) {
            n += 1;
            // SAFETY: every node in the list is a live GcHead (unlinked before it is freed).
            p = unsafe { (*p).next.get() };
        }
        n
    }

    /// The objects of this list (new references), in list order.
    pub fn objects(&self) -> Vec<Value> {
        let mut out = Vec::new();
        let mut p = self.next.get();
        while !std::ptr::eq(p, self) {
            // SAFETY: every node of the list heads a live container object.
            unsafe {
                out.push(Value::from_gc_head(p));
                p = (*p).next.get();
            }
        }
        out
    }

    pub fn refs(&self) -> isize {
        self.refs.get()
    }

    pub fn set_refs(&self, n: isize) {
        self.refs.set(n)
    }

    pub fn flags(&self) -> usize {
        self.flags.get()
    }

    pub fn set_flags(&self, f: usize) {
        self.flags.set(f)
    }

    /// The node after this one (the sentinel when this is the last).
    pub fn next_ptr(&self) -> *const GcHead {
        self.next.get()
    }

    /// Whether no object is linked after this sentinel.
    pub fn is_empty(&self) -> bool {
        std::ptr::eq(self.next.get(), self)
    }

    /// Moves the linked `node` from its list to the end of this one.
    pub fn take(&self, node: &GcHead) {
        GcHead::unlink(node);
        self.push(node);
    }

    /// Moves every object of `other` to the end of this list.
    pub fn splice(&self, other: &GcHead) {
        let first = other.next.get();
        let other_p: *const GcHead = other;
        if std::ptr::eq(first, other_p) {
            return;
        }
        let last = other.prev.get();
        let me: *const GcHead = self;
        // SAFETY: both lists are well formed; their nodes are live.
        unsafe {
            let tail = self.prev.get();
            (*tail).next.set(first);
            (*first).prev.set(tail);
            (*last).next.set(me);
            self.prev.set(last);
        }
        other.prev.set(other_p);
        other.next.set(other_p);
    }

    /// Links `node` (detached) at the end of this list.
    fn push(&self, node: &GcHead) {
        let me: *const GcHead = self;
        let last = self.prev.get();
        node.prev.set(last);
        node.next.set(me);
        // SAFETY: `last` is the sentinel or a live node of this list.
        unsafe { (*last).next.set(node) };
        self.prev.set(node);
    }

    /// Takes `node` out of whatever list holds it.
    fn unlink(node: &GcHead) {
        let (prev, next) = (node.prev.get(), node.next.get());
        if prev.is_null() {
            return;
        }
        // SAFETY: a linked node's neighbours are live nodes or sentinels.
        unsafe {
            (*prev).next.set(next);
            (*next).prev.set(prev);
        }
        node.prev.set(std::ptr::null());
        node.next.set(std::ptr::null());
    }
}

#[repr(C)]
struct GcBox<T> {
    gc: GcHead,
    obj: Obj<T>,
}

/// Offset from a container's GC head to its object header (the same for
/// every payload, since `Obj<T>` is aligned to 16 and the head is 32 bytes).
const GC_TO_HEADER: usize = offset_of!(GcBox<()>, obj);

/// A Rust type that is the payload of a Python type.
pub trait Payload: 'static + Sized {
    /// Containers (that may hold references) carry a GC head.
    const GC: bool = false;

    /// Calls `visit` on every value this object holds a reference to that could
    /// be part of a cycle (CPython's `tp_traverse`). A payload that is borrowed
    /// mutably at the moment visits nothing: the collector then treats what it
    /// holds as reachable, which is safe.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    /// Drops the references `traverse` reports, to break a cycle of garbage
    /// (CPython's `tp_clear`). Immutable payloads may keep theirs: clearing the
    /// mutable objects of a cycle is enough to break it.
    fn clear(&self) {}
}

impl Payload for () {}

/// `Payload::traverse` of the object at `p`, stored in its type object.
pub type Traverse = unsafe fn(*const Header, &mut dyn FnMut(&Value));
/// `Payload::clear` of the object at `p`, stored in its type object.
pub type Clear = unsafe fn(*const Header);

/// # Safety
/// `p` is the header of a live `Obj<T>`.
pub unsafe fn traverse_object<T: Payload>(p: *const Header, visit: &mut dyn FnMut(&Value)) {
    (*(p as *const Obj<T>)).payload.traverse(visit)
}

/// # Safety
/// `p` is the header of a live `Obj<T>`.
pub unsafe fn clear_object<T: Payload>(p: *const Header) {
    (*(p as *const Obj<T>)).payload.clear()
}

/// Frees an object whose count reached zero; one per payload type, stored in
/// its type object.
pub type Dealloc = unsafe fn(*const Header);

/// The deallocator of objects with payload `T`.
///
/// # Safety
/// `p` must be the header of an `Obj<T>` allocated by [`alloc_object`] whose
/// count just reached zero.
pub unsafe fn dealloc<T: Payload>(p: *const Header) {
    if T::GC && (*(*p).ty.get()).payload.has_finalizer.get() && run_finalizer::<T>(p) {
        return;
    }
    if T::GC {
        let gc = &*((p as *const u8).sub(GC_TO_HEADER) as *const GcHead);
        if gc.flags.get() & GC_WEAKREFS != 0 {
            clear_weakrefs(p);
        }
    }
    // An instance of a Python class releases its count on the class last.
    let ty = (*p).ty.get();
    let heap_class = (*ty).payload.heap;
    // Exact floats go to the heap's free list (the test folds away for
    // every other payload).
    if TypeId::of::<T>() == TypeId::of::<Float>() && !heap_class && keep_float(p) {
        return;
    }
    // The memory goes back to the allocator it came from: the type's. The
    // type (and with it the heap) lives until the count on it is released
    // below, so the heap is borrowed, not counted (no Rc traffic per free).
    let memory: Option<&Heap> = (*ty).payload.memory.as_deref();
    let allocator = memory.map(|m| &*m.allocator);
    if let Some(m) = memory {
        m.live.set(m.live.get() - 1);
    }
    if T::GC {
        let boxed = (p as *const u8).sub(offset_of!(GcBox<T>, obj)) as *mut GcBox<T>;
        if let Some(m) = &memory {
            if (*boxed).gc.flags.get() & GC_UNCOUNTED == 0 {
                m.count_free();
            }
        }
        GcHead::unlink(&(*boxed).gc);
        std::ptr::drop_in_place(boxed);
        free_block(allocator, boxed as *mut u8, Layout::new::<GcBox<T>>());
    } else {
        let raw = p as *mut Obj<T>;
        std::ptr::drop_in_place(raw);
        free_block(allocator, raw as *mut u8, Layout::new::<Obj<T>>());
    }
    if heap_class {
        drop(Value::from_ptr(ty as *const Header));
    }
}

/// Freed exact floats kept at most (as CPython's float free list).
const FLOAT_FREE_MAX: usize = 100;

/// Keeps the block of a dead exact float on its heap's free list, when the
/// list has room; whether it did.
///
/// # Safety
/// `p` is the header of an `Obj<Float>` of an exact float whose count just
/// reached zero (its payload needs no drop).
#[inline]
unsafe fn keep_float(p: *const Header) -> bool {
    let Some(m) = (*(*p).ty.get()).payload.memory.as_deref() else {
        return false;
    };
    let n = m.float_free_n.get();
    if n >= FLOAT_FREE_MAX {
        return false;
    }
    // The object is gone for the accounting; its first word links the list.
    m.live.set(m.live.get() - 1);
    let block = p as *mut u8;
    (block as *mut *mut u8).write(m.float_free.get());
    m.float_free.set(block);
    m.float_free_n.set(n + 1);
    true
}

/// A new exact float of type `ty` (the interpreter's `float`), reusing a
/// block from the free list when there is one.
#[inline]
pub fn alloc_float(ty: &Value, f: f64, gc_list: &GcHead) -> Value {
    let tobj = ty.downcast::<TypeObject>();
    debug_assert!(tobj.is_some_and(|t| t.dict_offset.is_none() && !t.heap));
    if let Some(m) = tobj.and_then(|t| t.memory.as_deref()) {
        let block = m.float_free.get();
        if !block.is_null() {
            // SAFETY: blocks on the list are unused `Obj<Float>` blocks from
            // this heap's allocator, linked through their first word.
            unsafe {
                m.float_free.set((block as *const *mut u8).read());
                m.float_free_n.set(m.float_free_n.get() - 1);
                m.live.set(m.live.get() + 1);
                let raw = block as *mut Obj<Float>;
                raw.write(Obj {
                    header: Header {
                        refcnt: Cell::new(1),
                        ty: Cell::new(ty.obj_ptr() as *const Obj<TypeObject>),
                    },
                    payload: Float(f),
                });
                return Value::from_ptr(&(*raw).header);
            }
        }
    }
    alloc_object(ty, Float(f), gc_list)
}

/// Gives the free list's blocks back to the heap's allocator (the heap is
/// going away).
pub(crate) fn release_float_free_list(heap: &Heap) {
    let mut block = heap.float_free.replace(std::ptr::null_mut());
    heap.float_free_n.set(0);
    while !block.is_null() {
        // SAFETY: as in `alloc_float`; each block is freed once, with the
        // layout it was allocated with.
        unsafe {
            let next = (block as *const *mut u8).read();
            free_block(Some(&*heap.allocator), block, Layout::new::<Obj<Float>>());
            block = next;
        }
    }
}

/// Clears the weak references to a dying object and calls their callbacks,
/// with the object's memory still intact (as CPython's `PyObject_ClearWeakRefs`).
///
/// # Safety
/// As for [`dealloc`].
unsafe fn clear_weakrefs(p: *const Header) {
    let Some(heap) = (*(*p).ty.get()).payload.memory.clone() else {
        return;
    };
    let interp = heap.interp.get();
    if !interp.is_null() {
        crate::gc::weakref::clear_referent((*interp).py(), p as usize, true);
    }
}

/// Runs the `__del__` of a container whose count reached zero, once (PEP 442:
/// the FINALIZED mark also stops the collector from running it again).
/// Whether the finalizer resurrected the object, which then stays.
///
/// # Safety
/// As for [`dealloc`]; `T::GC`.
unsafe fn run_finalizer<T: Payload>(p: *const Header) -> bool {
    let gc = &*((p as *const u8).sub(GC_TO_HEADER) as *const GcHead);
    if gc.flags.get() & GC_FINALIZED != 0 {
        return false;
    }
    let Some(heap) = (*(*p).ty.get()).payload.memory.clone() else {
        return false;
    };
    let interp = heap.interp.get();
    if interp.is_null() {
        return false;
    }
    gc.flags.set(gc.flags.get() | GC_FINALIZED);
    // Alive again for the call: this Value owns the one count.
    (*p).refcnt.set(1);
    let me = Value::from_ptr(p);
    crate::gc::call_finalizer((*interp).py(), &me);
    let n = (*p).refcnt.get() - 1;
    (*p).refcnt.set(n);
    std::mem::forget(me);
    n > 0
}

/// The object whose payload is at `p`, as a new reference.
///
/// # Safety
/// `p` is the payload of a live `Obj<T>`.
pub unsafe fn value_of_payload<T: Payload>(p: *const T) -> Value {
    let h = (p as *const u8).sub(offset_of!(Obj<T>, payload)) as *const Header;
    (*h).refcnt.set((*h).refcnt.get() + 1);
    Value::from_ptr(h)
}

/// Memory for one object from `allocator` (Rust's global allocator when the
/// type has none: types made outside an interpreter, in unit tests).
fn alloc_block(allocator: Option<&dyn Allocator>, layout: Layout) -> *mut u8 {
    let p = match allocator {
        Some(a) => a.alloc(Domain::Object, layout),
        // SAFETY: object layouts are never zero-sized (they hold a header).
        None => unsafe { std::alloc::alloc(layout) },
    };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

/// # Safety
/// `p` came from [`alloc_block`] with the same allocator and layout.
unsafe fn free_block(allocator: Option<&dyn Allocator>, p: *mut u8, layout: Layout) {
    match allocator {
        Some(a) => a.free(Domain::Object, p, layout),
        None => std::alloc::dealloc(p, layout),
    }
}

/// Allocates an object of type `ty` (whose payload must be `T`); containers
/// are linked into `gc_list`. Every heap object comes from here, and from the
/// allocator its type names (see `crate::alloc`).
pub fn alloc_object<T: Payload>(ty: &Value, payload: T, gc_list: &GcHead) -> Value {
    // One look at the type per allocation (this is the allocation hot path).
    let tobj = ty.downcast::<TypeObject>();
    debug_assert!(tobj.is_some_and(|t| t.payload_id == TypeId::of::<T>()));
    // A Python subclass of a builtin type carries an attribute dict after
    // the builtin's payload (see `WithDict`).
    if tobj.is_some_and(|t| t.dict_offset.is_some()) {
        let with = WithDict {
            base: payload,
            dict: std::cell::RefCell::new(None),
        };
        return alloc_raw(ty, tobj, with, gc_list);
    }
    alloc_raw(ty, tobj, payload, gc_list)
}

/// The instance of a Python subclass of a builtin type whose payload is `T`:
/// the object IS a `T` at the payload's offset (so `downcast::<T>` and all
/// of `T`'s slots work), followed by its `__dict__`, made on first use.
#[repr(C)]
pub struct WithDict<T> {
    pub base: T,
    pub dict: std::cell::RefCell<Option<Value>>,
}

// Always a container: the dict can hold anything, a cycle included.
impl<T: Payload> Payload for WithDict<T> {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.base.traverse(visit);
        if let Ok(Some(d)) = self.dict.try_borrow().as_deref() {
            visit(d);
        }
    }
    fn clear(&self) {
        self.base.clear();
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            drop(d.take());
        }
    }
}

/// Where the dict of a `WithDict<T>` object lies, from its header.
pub fn dict_offset_of<T: Payload>() -> usize {
    offset_of!(Obj<WithDict<T>>, payload) + offset_of!(WithDict<T>, dict)
}

fn alloc_raw<T: Payload>(
    ty: &Value,
    tobj: Option<&TypeObject>,
    payload: T,
    gc_list: &GcHead,
) -> Value {
    // An instance of a class defined in Python owns a count on its class
    // (builtin types are immortal and are not counted).
    if tobj.is_some_and(|t| t.heap) {
        std::mem::forget(ty.clone());
    }
    let heap = tobj.and_then(|t| t.memory.as_deref());
    if let Some(h) = heap {
        h.live.set(h.live.get() + 1);
    }
    let allocator = heap.map(|h| &*h.allocator);
    let ty_ptr = ty.obj_ptr() as *const Obj<TypeObject>;
    let header = Header {
        refcnt: Cell::new(1),
        ty: Cell::new(ty_ptr),
    };
    let ptr: *const Header = if T::GC {
        debug_assert_eq!(offset_of!(GcBox<T>, obj), GC_TO_HEADER);
        if let Some(h) = heap {
            h.count_alloc();
        }
        let raw = alloc_block(allocator, Layout::new::<GcBox<T>>()) as *mut GcBox<T>;
        // SAFETY: `raw` is a fresh block with GcBox<T>'s layout; it is linked
        // at the tail of the live list `gc_list`.
        unsafe {
            raw.write(GcBox {
                gc: GcHead::detached(),
                obj: Obj { header, payload },
            });
            gc_list.push(&(*raw).gc);
            &(*raw).obj.header
        }
    } else {
        let raw = alloc_block(allocator, Layout::new::<Obj<T>>()) as *mut Obj<T>;
        // SAFETY: `raw` is a fresh block with Obj<T>'s layout.
        unsafe {
            raw.write(Obj { header, payload });
            &(*raw).header
        }
    };
    Value::from_ptr(ptr)
}

/// Makes the `type` type object, whose type is itself. Type objects are
/// containers (see `TypeObject`'s payload), so it has a GC head; it is
/// immortal and never tracked.
pub fn alloc_type_type(payload: TypeObject) -> Value {
    if let Some(h) = payload.memory.as_deref() {
        h.live.set(h.live.get() + 1);
    }
    let raw = alloc_block(
        payload.memory.as_ref().map(|h| &*h.allocator),
        Layout::new::<GcBox<TypeObject>>(),
    ) as *mut GcBox<TypeObject>;
    // SAFETY: `raw` is a fresh block with GcBox<TypeObject>'s layout, which
    // we fill and then point at itself.
    unsafe {
        raw.write(GcBox {
            gc: GcHead::detached(),
            obj: Obj {
                header: Header {
                    refcnt: Cell::new(1),
                    ty: Cell::new(std::ptr::null()),
                },
                payload,
            },
        });
        let obj: *const Obj<TypeObject> = &(*raw).obj;
        (*raw).obj.header.ty.set(obj);
        Value::from_ptr(&(*raw).obj.header)
    }
}

/// A Python value. `Clone` adds a reference, `Drop` removes one.
#[repr(transparent)]
pub struct Value {
    bits: NonZeroUsize,
    // Counts are not atomic: values stay on the thread holding the interpreter.
    _not_send: PhantomData<*const ()>,
}

impl Value {
    fn from_ptr(p: *const Header) -> Value {
        let bits = NonZeroUsize::new(p as usize).unwrap_or(NonZeroUsize::MIN);
        Value {
            bits,
            _not_send: PhantomData,
        }
    }

    /// A small int, or `None` when `i` needs a heap int.
    pub fn from_int(i: i64) -> Option<Value> {
        if !(SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            return None;
        }
        let bits = ((i << 1) | 1) as usize;
        Some(Value {
            bits: NonZeroUsize::new(bits)?,
            _not_send: PhantomData,
        })
    }

    pub fn is_int(&self) -> bool {
        self.bits.get() & 1 == 1
    }

    /// The small int held in the word, if it is one.
    pub fn as_int(&self) -> Option<i64> {
        if self.is_int() {
            Some((self.bits.get() as i64) >> 1)
        } else {
            None
        }
    }

    #[inline]
    fn header(&self) -> Option<&Header> {
        if self.is_int() {
            None
        } else {
            // SAFETY: a non-int Value points at a live header it holds a count on.
            Some(unsafe { &*(self.bits.get() as *const Header) })
        }
    }

    fn obj_ptr(&self) -> *const Header {
        if self.is_int() {
            std::ptr::null()
        } else {
            self.bits.get() as *const Header
        }
    }

    /// Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        self.bits == other.bits
    }

    /// A number that identifies the object while it lives (`id()`).
    pub fn addr(&self) -> usize {
        self.bits.get()
    }

    /// The reference count (small ints have none: 0).
    pub fn refcount(&self) -> usize {
        self.header().map_or(0, |h| h.refcnt.get())
    }

    /// The type object of a heap value; `None` for small ints, whose type the
    /// interpreter knows.
    pub fn heap_type(&self) -> Option<&TypeObject> {
        let h = self.header()?;
        // SAFETY: the header's type pointer is a live type object, which
        // outlives its instances (invariant of `Header::ty`).
        Some(unsafe { &(*h.ty.get()).payload })
    }

    /// The heap type as a value (a new reference).
    pub fn heap_type_value(&self) -> Option<Value> {
        let h = self.header()?;
        let v = Value::from_ptr(h.ty.get() as *const Header);
        // The new Value owns a count.
        let hh = v.header()?;
        hh.refcnt.set(hh.refcnt.get() + 1);
        Some(v)
    }

    /// Whether this is a heap object whose type is exactly `ty` (subclasses
    /// excluded): one pointer comparison, for the evaluation loop's fast paths.
    #[inline]
    pub fn has_type(&self, ty: &Value) -> bool {
        match self.header() {
            Some(h) => h.ty.get() as usize == ty.bits.get(),
            None => false,
        }
    }

    /// The payload, when this is a heap object whose layout is `T`.
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        let h = self.header()?;
        // SAFETY: as in `heap_type`.
        let ty = unsafe { &(*h.ty.get()).payload };
        if ty.payload_id != TypeId::of::<T>() {
            return None;
        }
        // SAFETY: the type records the payload type the object was allocated with.
        Some(unsafe { &(*(h as *const Header as *const Obj<T>)).payload })
    }

    /// The value whose GC head is `p` (a new reference).
    ///
    /// # Safety
    /// `p` is the GC head of a live container object.
    pub unsafe fn from_gc_head(p: *const GcHead) -> Value {
        let h = (p as *const u8).add(GC_TO_HEADER) as *const Header;
        (*h).refcnt.set((*h).refcnt.get() + 1);
        Value::from_ptr(h)
    }

    /// The value whose GC head is `p`, borrowed: no count is added, so it
    /// must not outlive the object (the collector's walks over its lists).
    ///
    /// # Safety
    /// `p` is the GC head of a live container object.
    pub unsafe fn borrow_gc_head(p: *const GcHead) -> std::mem::ManuallyDrop<Value> {
        let h = (p as *const u8).add(GC_TO_HEADER) as *const Header;
        std::mem::ManuallyDrop::new(Value::from_ptr(h))
    }

    /// The object at address `addr` (a `Value`'s bits), as a new reference.
    ///
    /// # Safety
    /// `addr` is the address of a live heap object.
    pub unsafe fn from_addr(addr: usize) -> Value {
        let h = addr as *const Header;
        (*h).refcnt.set((*h).refcnt.get() + 1);
        Value::from_ptr(h)
    }

    /// The GC head of a container object (one whose type's payload is `GC`).
    pub fn gc_head(&self) -> Option<&GcHead> {
        let h = self.header()?;
        // SAFETY: as in `heap_type`.
        let ty = unsafe { &(*h.ty.get()).payload };
        if !ty.is_gc {
            return None;
        }
        // SAFETY: containers are allocated as GcBox, whose head precedes the header.
        Some(unsafe { &*((h as *const Header as *const u8).sub(GC_TO_HEADER) as *const GcHead) })
    }

    /// Takes this fresh container out of the young generation's counter: it
    /// is part of another object (an instance's attribute dict, which CPython
    /// 3.11 stores inside the instance), so that objects count as CPython's
    /// and collections come at CPython's pace.
    pub fn gc_count_with_owner(&self) {
        let Some(g) = self.gc_head() else { return };
        if g.flags.get() & GC_UNCOUNTED != 0 {
            return;
        }
        g.flags.set(g.flags.get() | GC_UNCOUNTED);
        if let Some(m) = self.heap_type().and_then(|t| t.memory.as_deref()) {
            m.count_free();
        }
    }

    /// Whether the collector watches this object (`gc.is_tracked`).
    pub fn is_gc_tracked(&self) -> bool {
        self.gc_head().is_some_and(|g| !g.prev.get().is_null())
    }

    /// Stops the collector watching this object (an immutable container that
    /// holds no container cannot be part of a cycle).
    pub fn gc_untrack(&self) {
        if let Some(g) = self.gc_head() {
            GcHead::unlink(g);
        }
    }

    /// Starts watching an untracked container again, in `list`.
    pub fn gc_track(&self, list: &GcHead) {
        if let Some(g) = self.gc_head() {
            if g.prev.get().is_null() {
                list.push(g);
            }
        }
    }

    /// Runs the object's `traverse`, if its type has one. An instance of a
    /// class defined in Python also reports its class, on which it holds a
    /// count (as CPython's `subtype_traverse`).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(h) = self.header() {
            // SAFETY: the type's traverse matches the payload it allocated.
            unsafe { ((*h.ty.get()).payload.traverse)(h, visit) }
            let ty = h.ty.get();
            // SAFETY: the header's type is a live type object.
            if unsafe { (*ty).payload.heap } {
                // Borrowed for the call: the instance's count stays its own.
                let t = std::mem::ManuallyDrop::new(Value::from_ptr(ty as *const Header));
                visit(&t);
            }
        }
    }

    /// Runs the object's `clear`.
    pub fn gc_clear(&self) {
        if let Some(h) = self.header() {
            // SAFETY: the type's clear matches the payload it allocated.
            unsafe { ((*h.ty.get()).payload.clear)(h) }
        }
    }

    /// The `__dict__` cell of an instance of a Python subclass of a builtin
    /// type (one whose type has a `dict_offset`).
    pub fn dict_cell(&self) -> Option<&std::cell::RefCell<Option<Value>>> {
        let h = self.header()?;
        // SAFETY: as in `heap_type`.
        let ty = unsafe { &(*h.ty.get()).payload };
        let off = ty.dict_offset?;
        // SAFETY: a type with a dict offset allocates its instances as
        // `Obj<WithDict<T>>` (see `alloc_object`), whose dict lies at `off`.
        Some(unsafe {
            &*((h as *const Header as *const u8).add(off)
                as *const std::cell::RefCell<Option<Value>>)
        })
    }

    /// Moves the payload out of an object nothing else references (a fresh
    /// builtin object being turned into an instance of a subclass); gives
    /// the value back otherwise.
    pub fn take_payload<T: Payload>(self) -> Result<T, Value> {
        let plain = self.heap_type().is_some_and(|t| {
            t.dict_offset.is_none() && !t.heap && t.payload_id == TypeId::of::<T>()
        });
        if !plain || self.refcount() != 1 {
            return Err(self);
        }
        let p = self.obj_ptr();
        std::mem::forget(self);
        // SAFETY: the object is an `Obj<T>` (checked above) that only this
        // Value referenced; the payload is read once, then the memory goes back
        // to its allocator without dropping the payload again.
        unsafe {
            let memory = (*(*p).ty.get()).payload.memory.clone();
            let allocator = memory.as_ref().map(|m| &*m.allocator);
            if let Some(m) = &memory {
                m.live.set(m.live.get() - 1);
            }
            let obj = p as *const Obj<T>;
            let payload = std::ptr::read(&(*obj).payload);
            if T::GC {
                let boxed = (p as *const u8).sub(offset_of!(GcBox<T>, obj)) as *mut GcBox<T>;
                if let Some(m) = &memory {
                    if (*boxed).gc.flags.get() & GC_UNCOUNTED == 0 {
                        m.count_free();
                    }
                }
                GcHead::unlink(&(*boxed).gc);
                free_block(allocator, boxed as *mut u8, Layout::new::<GcBox<T>>());
            } else {
                free_block(allocator, p as *mut u8, Layout::new::<Obj<T>>());
            }
            Ok(payload)
        }
    }

    /// `obj.__class__ = ty`: points the object at another type with the same
    /// layout (payload, deallocator, dict offset); false when they differ.
    pub fn set_type(&self, ty: &Value) -> bool {
        let (Some(h), Some(new)) = (self.header(), ty.downcast::<TypeObject>()) else {
            return false;
        };
        // SAFETY: as in `heap_type`.
        let old = unsafe { &(*h.ty.get()).payload };
        let same = old.payload_id == new.payload_id
            && old.dealloc as usize == new.dealloc as usize
            && old.dict_offset == new.dict_offset;
        if same {
            // The object counts on its new class and gives up the count it
            // had on the old one.
            if new.heap {
                std::mem::forget(ty.clone());
            }
            let old_ptr = h.ty.get();
            let old_memory = if old.heap { old.memory.clone() } else { None };
            h.ty.set(ty.obj_ptr() as *const Obj<TypeObject>);
            if let Some(m) = old_memory {
                // The instance's count, now owned here.
                let old_class = Value::from_ptr(old_ptr as *const Header);
                if old_class.refcount() > 1 {
                    drop(old_class);
                } else {
                    // The last count: code up the Rust stack may still
                    // borrow the class, so it is freed at the next
                    // collection (a safe point) instead.
                    m.retired.borrow_mut().push(old_class);
                }
            }
        }
        same
    }

    /// A new reference to the object whose payload is `p`.
    ///
    /// # Safety
    /// `p` must be the payload of a live heap object made by `alloc_object`
    /// (not a `T` living anywhere else).
    pub unsafe fn from_payload<T: Payload>(p: &T) -> Value {
        value_of_payload(p as *const T)
    }

    /// Makes this object immortal (builtin singletons and types): its count
    /// never reaches zero.
    pub fn leak(&self) {
        if let Some(h) = self.header() {
            let before = h.refcnt.get();
            h.refcnt.set(before + (1 << 40));
            // Counted once, for the leak check at teardown (`gc::finalize`).
            if before < (1 << 40) {
                // SAFETY: the header's type is a live type object.
                if let Some(m) = unsafe { &(*h.ty.get()).payload.memory } {
                    m.immortal.borrow_mut().push(self.addr());
                }
            }
            // An immortal type is never garbage: the collector stops watching it.
            if self.downcast::<TypeObject>().is_some() {
                self.gc_untrack();
            }
        }
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Value {
            bits: self.bits,
            _not_send: PhantomData,
        }
    }
}

/// Containers freed inside the freeing of other containers, deeper than this,
/// wait in the heap's trash until the outermost free returns (CPython's
/// "trashcan"): freeing a million-deep nest of lists takes no Rust stack.
const TRASHCAN_DEPTH: usize = 100;

impl Drop for Value {
    // Inlined: the count update is a few instructions, a call per drop is not.
    #[inline]
    fn drop(&mut self) {
        let Some(h) = self.header() else { return };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count reached zero, so no other Value points here.
            unsafe { release(h) }
        }
    }
}

/// Frees an object whose count reached zero, through the trashcan.
///
/// # Safety
/// `h` is the header of a live object whose count is zero.
#[inline(never)]
unsafe fn release(h: *const Header) {
    let ty = &(*(*h).ty.get()).payload;
    let dealloc = ty.dealloc;
    // The heap outlives this call: the interpreter's builtin types hold it.
    let memory: Option<*const Heap> = ty.memory.as_deref().map(|m| m as *const Heap);
    let Some(mem) = memory.filter(|_| ty.is_gc) else {
        dealloc(h);
        return;
    };
    let mem = &*mem;
    let depth = mem.dealloc_depth.get();
    if depth >= TRASHCAN_DEPTH {
        // Out of the collector's lists while it waits, so nothing can find it.
        GcHead::unlink(&*((h as *const u8).sub(GC_TO_HEADER) as *const GcHead));
        mem.trash.borrow_mut().push(h as usize);
        return;
    }
    mem.dealloc_depth.set(depth + 1);
    dealloc(h);
    if depth == 0 {
        loop {
            let next = mem.trash.borrow_mut().pop();
            let Some(p) = next else { break };
            // Each waiting object is freed by its own type's deallocator
            // (the trash mixes payloads: an instance and its dict).
            let p = p as *const Header;
            let own = (*(*p).ty.get()).payload.dealloc;
            own(p);
        }
    }
    mem.dealloc_depth.set(depth);
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_int() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(
                f,
                "Value(<{} at {:#x}>)",
                self.heap_type().map_or("?", |t| t.name.as_str()),
                self.addr()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, 42, SMALL_INT_MIN, SMALL_INT_MAX] {
            let v = Value::from_int(i).expect("small");
            assert!(v.is_int());
            assert_eq!(v.as_int(), Some(i));
            assert_eq!(v.refcount(), 0);
        }
        assert!(Value::from_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::from_int(SMALL_INT_MIN - 1).is_none());
        assert_eq!(std::mem::size_of::<Value>(), 8);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 8);
    }
}
