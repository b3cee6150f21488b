//! `Value`: one machine word that is either a small int or a counted pointer to
//! a heap object. This module alone knows the encoding and holds the unsafe code
//! of the heap (allocation, reference counting, freeing, downcasting).
//!
//! **Invariant:** low bit 1 is a small int of 63 bits (`bits >> 1`, arithmetic);
//! low bit 0 is a pointer to an [`Obj<T>`], aligned to 16 bytes, whose count
//! this `Value` owns one unit of.

use std::any::TypeId;
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::offset_of;
use std::num::NonZeroUsize;

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
    ty: *const Obj<TypeObject>,
}

/// A heap object: the header, then the type's payload.
#[repr(C, align(16))]
pub struct Obj<T> {
    header: Header,
    pub payload: T,
}

/// The cycle collector's link, placed just before the header of container
/// objects, as CPython's `PyGC_Head`.
#[repr(C)]
pub struct GcHead {
    prev: Cell<*const GcHead>,
    next: Cell<*const GcHead>,
}

impl GcHead {
    /// The sentinel of an interpreter's list of tracked objects; it must not
    /// move once objects are linked to it (the interpreter boxes it).
    pub fn new_list() -> Box<GcHead> {
        let head = Box::new(GcHead {
            prev: Cell::new(std::ptr::null()),
            next: Cell::new(std::ptr::null()),
        });
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
}

#[repr(C)]
struct GcBox<T> {
    gc: GcHead,
    obj: Obj<T>,
}

/// A Rust type that is the payload of a Python type.
pub trait Payload: 'static + Sized {
    /// Containers (that may hold references) carry a GC head.
    const GC: bool = false;
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
    if T::GC {
        let boxed = (p as *const u8).sub(offset_of!(GcBox<T>, obj)) as *mut GcBox<T>;
        let gc = &(*boxed).gc;
        let (prev, next) = (gc.prev.get(), gc.next.get());
        if !prev.is_null() {
            (*prev).next.set(next);
            (*next).prev.set(prev);
        }
        drop(Box::from_raw(boxed));
    } else {
        drop(Box::from_raw(p as *mut Obj<T>));
    }
}

/// Allocates an object of type `ty` (whose payload must be `T`); containers
/// are linked into `gc_list`. Every heap object comes from here, so that a
/// pooled allocator can replace `Box` in one place.
pub fn alloc_object<T: Payload>(ty: &Value, payload: T, gc_list: &GcHead) -> Value {
    debug_assert!(ty
        .downcast::<TypeObject>()
        .is_some_and(|t| t.payload_id == TypeId::of::<T>()));
    let ty_ptr = ty.obj_ptr() as *const Obj<TypeObject>;
    let header = Header {
        refcnt: Cell::new(1),
        ty: ty_ptr,
    };
    let ptr: *const Header = if T::GC {
        let boxed = Box::new(GcBox {
            gc: GcHead {
                prev: Cell::new(std::ptr::null()),
                next: Cell::new(std::ptr::null()),
            },
            obj: Obj { header, payload },
        });
        let raw = Box::into_raw(boxed);
        // SAFETY: `raw` is a fresh allocation; `gc_list` is a live sentinel and its
        // neighbours are live nodes, so linking at its tail keeps the list valid.
        unsafe {
            let node: *const GcHead = &(*raw).gc;
            let last = gc_list.prev.get();
            (*node).prev.set(last);
            (*node).next.set(gc_list);
            (*last).next.set(node);
            gc_list.prev.set(node);
            &(*raw).obj.header
        }
    } else {
        let raw = Box::into_raw(Box::new(Obj { header, payload }));
        // SAFETY: `raw` is a fresh, valid allocation.
        unsafe { &(*raw).header }
    };
    Value::from_ptr(ptr)
}

/// Makes the `type` type object, whose type is itself.
pub fn alloc_type_type(payload: TypeObject) -> Value {
    let raw = Box::into_raw(Box::new(Obj {
        header: Header {
            refcnt: Cell::new(1),
            ty: std::ptr::null(),
        },
        payload,
    }));
    // SAFETY: `raw` is a fresh allocation that we now point at itself.
    unsafe {
        (*raw).header.ty = raw;
        Value::from_ptr(&(*raw).header)
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
        Some(unsafe { &(*h.ty).payload })
    }

    /// The heap type as a value (a new reference).
    pub fn heap_type_value(&self) -> Option<Value> {
        let h = self.header()?;
        let v = Value::from_ptr(h.ty as *const Header);
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
            Some(h) => h.ty as usize == ty.bits.get(),
            None => false,
        }
    }

    /// The payload, when this is a heap object whose layout is `T`.
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        let h = self.header()?;
        // SAFETY: as in `heap_type`.
        let ty = unsafe { &(*h.ty).payload };
        if ty.payload_id != TypeId::of::<T>() {
            return None;
        }
        // SAFETY: the type records the payload type the object was allocated with.
        Some(unsafe { &(*(h as *const Header as *const Obj<T>)).payload })
    }

    /// Makes this object immortal (builtin singletons and types): its count
    /// never reaches zero.
    pub fn leak(&self) {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() + (1 << 40));
        }
    }
}

impl Clone for Value {
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

impl Drop for Value {
    fn drop(&mut self) {
        let Some(h) = self.header() else { return };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count reached zero, so no other Value points here; the
            // type's dealloc matches the payload the object was allocated with.
            unsafe {
                let d = (*h.ty).payload.dealloc;
                d(h);
            }
        }
    }
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
