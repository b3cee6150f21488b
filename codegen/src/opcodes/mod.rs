//! `grammar/opcodes`: the bytecode instruction set.
//!
//! Read with `opcodes.pest` into an [`OpcodeTable`]: one [`OpcodeDef`] per row,
//! numbered from 1 in file order (0 is CPython's `CACHE`, never an opcode
//! here). Emitted as `Opcode`, `ArgKind` and the tables the compiler, the
//! peephole pass and `dis` need (names, argument kinds, stack effects, flags).

mod emit;
mod read;

pub use emit::emit;
pub use read::read;

use crate::diag::Span;

/// What an instruction's argument means. The emitted `ArgKind` has one
/// variant per entry, in this order, so the runtime can match on all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    None,
    Const,
    Name,
    Local,
    Free,
    JumpForward,
    JumpBackward,
    JumpAbsolute,
    Compare,
    BinaryOp,
    Count,
    Depth,
    Flags,
    Other,
}

impl ArgKind {
    /// `(spelling in the spec, kind)` for every kind.
    pub const ALL: [(&'static str, ArgKind); 14] = [
        ("none", ArgKind::None),
        ("const", ArgKind::Const),
        ("name", ArgKind::Name),
        ("local", ArgKind::Local),
        ("free", ArgKind::Free),
        ("jump_forward", ArgKind::JumpForward),
        ("jump_backward", ArgKind::JumpBackward),
        ("jump_absolute", ArgKind::JumpAbsolute),
        ("compare", ArgKind::Compare),
        ("binop", ArgKind::BinaryOp),
        ("count", ArgKind::Count),
        ("depth", ArgKind::Depth),
        ("flags", ArgKind::Flags),
        ("other", ArgKind::Other),
    ];

    pub fn from_spec(word: &str) -> Option<ArgKind> {
        Self::ALL.iter().find(|(w, _)| *w == word).map(|(_, k)| *k)
    }

    pub fn is_jump(self) -> bool {
        matches!(
            self,
            ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::JumpAbsolute
        )
    }
}

/// The flags a row may carry; each becomes a predicate `Opcode::is_<flag>()`.
pub const FLAGS: [(&str, &str); 6] = [
    (
        "terminator",
        "control never falls through to the next instruction",
    ),
    ("unconditional", "an unconditional jump"),
    ("scope_exit", "leaves the frame (return or raise)"),
    (
        "pseudo",
        "used by the compiler only; the assembler replaces it",
    ),
    (
        "setup",
        "pushes an exception handler block (a pseudo-instruction)",
    ),
    ("no_interrupt", "a jump that does not check for signals"),
];

/// Binary operators of an effect formula, by Python precedence (loosest first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Eq,
    Ne,
    Or,
    Xor,
    And,
    Shl,
    Shr,
    Add,
    Sub,
    Mul,
}

/// A stack effect as a function of `oparg`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Formula {
    Int(i64),
    Oparg,
    Neg(Box<Formula>),
    Bin(BinOp, Box<Formula>, Box<Formula>),
}

impl Formula {
    /// The effect for `oparg`, with the same wrapping arithmetic as the
    /// emitted code (a shift by 64 or more gives 0).
    pub fn eval(&self, oparg: u32) -> i64 {
        match self {
            Formula::Int(n) => *n,
            Formula::Oparg => i64::from(oparg),
            Formula::Neg(a) => a.eval(oparg).wrapping_neg(),
            Formula::Bin(op, a, b) => {
                let (a, b) = (a.eval(oparg), b.eval(oparg));
                match op {
                    BinOp::Eq => i64::from(a == b),
                    BinOp::Ne => i64::from(a != b),
                    BinOp::Or => a | b,
                    BinOp::Xor => a ^ b,
                    BinOp::And => a & b,
                    BinOp::Shl => u32::try_from(b)
                        .ok()
                        .and_then(|b| a.checked_shl(b))
                        .unwrap_or(0),
                    BinOp::Shr => u32::try_from(b)
                        .ok()
                        .and_then(|b| a.checked_shr(b))
                        .unwrap_or(0),
                    BinOp::Add => a.wrapping_add(b),
                    BinOp::Sub => a.wrapping_sub(b),
                    BinOp::Mul => a.wrapping_mul(b),
                }
            }
        }
    }

    pub fn uses_oparg(&self) -> bool {
        match self {
            Formula::Int(_) => false,
            Formula::Oparg => true,
            Formula::Neg(a) => a.uses_oparg(),
            Formula::Bin(_, a, b) => a.uses_oparg() || b.uses_oparg(),
        }
    }
}

/// One row of `opcodes`.
#[derive(Clone, Debug)]
pub struct OpcodeDef {
    pub name: String,
    /// The byte value: the row's position, counting from 1.
    pub number: u8,
    pub arg: ArgKind,
    /// The effect when the instruction does not jump (or is not a jump).
    pub effect: Formula,
    /// The effect when a jump is taken, for rows that give one.
    pub jump_effect: Option<Formula>,
    pub flags: Vec<&'static str>,
    pub span: Span,
}

impl OpcodeDef {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }
    /// What the emitted `stack_effect(oparg, jump)` returns.
    pub fn stack_effect(&self, oparg: u32, jump: bool) -> i64 {
        match (&self.jump_effect, jump) {
            (Some(j), true) => j.eval(oparg),
            _ => self.effect.eval(oparg),
        }
    }
}

/// Every instruction, in file order.
#[derive(Clone, Debug, Default)]
pub struct OpcodeTable {
    pub defs: Vec<OpcodeDef>,
}

impl OpcodeTable {
    pub fn by_name(&self, name: &str) -> Option<&OpcodeDef> {
        self.defs.iter().find(|d| d.name == name)
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Diags, SpecFiles};

    /// `grammar/opcodes` agrees with CPython 3.11's `dis`: every real opcode is
    /// there, takes an argument exactly when 3.11's does, and has the same
    /// stack effect for the sampled arguments, jumping or not.
    #[test]
    fn grammar_matches_cpython_311() {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/opcodes", include_str!("../../../grammar/opcodes"));
        let mut diags = Diags::default();
        let table = super::read(&files, id, &mut diags);
        assert_eq!(diags.render(&files, true), "");
        let table = table.unwrap_or_default();
        let opargs: Vec<u32> = (0..=8).chain([0x102]).collect();
        let reference = include_str!("cpython311_effects.txt");
        let mut seen = 0;
        for line in reference.lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ');
            let name = words.next().unwrap_or_default();
            let effects: Vec<&str> = words.collect();
            let Some(def) = table.by_name(name) else {
                panic!("{name} is missing from grammar/opcodes")
            };
            assert_eq!(
                def.arg != super::ArgKind::None,
                effects.len() > 1,
                "{name}: has_arg"
            );
            for (effect, oparg) in effects.iter().zip(&opargs) {
                let ours = format!(
                    "{}/{}",
                    def.stack_effect(*oparg, false),
                    def.stack_effect(*oparg, true)
                );
                assert_eq!(&ours, effect, "{name} with oparg {oparg}");
            }
            seen += 1;
        }
        assert_eq!(seen, 109);
    }
}
