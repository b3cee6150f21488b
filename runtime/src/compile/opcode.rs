//! The instruction set, generated from `grammar/opcodes`
//! (`cargo run -p moult-codegen -- dump opcodes`).

moult_macros::opcodes!();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            assert_eq!(Opcode::from_name(op.name()), Some(op));
        }
        assert_eq!(Opcode::from_u8(0), None);
        // As dis.stack_effect(dis.opmap['BUILD_LIST'], 3) in CPython 3.11.
        assert_eq!(
            Opcode::from_name("BUILD_LIST").map(|o| o.stack_effect(3, false)),
            Some(-2)
        );
    }
}
