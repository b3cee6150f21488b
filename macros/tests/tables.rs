//! The generated opcode and operator tables, as the compiler and VM see them.

mod opcodes {
    moult_macros::opcodes!();

    #[test]
    fn numbers_names_and_round_trip() {
        assert_eq!(Opcode::ALL[0], Opcode::POP_TOP);
        assert_eq!(Opcode::POP_TOP as u8, 1);
        assert_eq!(Opcode::from_u8(0), None);
        assert_eq!(Opcode::from_u8(255), None);
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i + 1);
            assert_eq!(Opcode::from_u8(*op as u8), Some(*op));
        }
        assert_eq!(Opcode::LOAD_CONST.name(), "LOAD_CONST");
        assert_eq!(Opcode::POP_JUMP_IF_FALSE.name(), "POP_JUMP_IF_FALSE");
        assert_eq!(Opcode::from_name("LOAD_FAST"), Some(Opcode::LOAD_FAST));
        assert_eq!(Opcode::from_name("CACHE"), None);
    }

    #[test]
    fn arg_kinds() {
        assert_eq!(Opcode::LOAD_CONST.arg_kind(), ArgKind::Const);
        assert_eq!(Opcode::LOAD_FAST.arg_kind(), ArgKind::Local);
        assert_eq!(Opcode::BINARY_OP.arg_kind(), ArgKind::BinaryOp);
        assert_eq!(Opcode::JUMP_BACKWARD.arg_kind(), ArgKind::JumpBackward);
        assert!(!Opcode::POP_TOP.has_arg());
        assert!(Opcode::CALL.has_arg());
        assert!(Opcode::FOR_ITER.is_jump());
        assert!(Opcode::JUMP_ABSOLUTE.is_jump());
        assert!(!Opcode::LOAD_NAME.is_jump());
    }

    #[test]
    fn stack_effects_match_dis() {
        // Values from python3.11's dis.stack_effect.
        assert_eq!(Opcode::POP_TOP.stack_effect(0, false), -1);
        assert_eq!(Opcode::BUILD_TUPLE.stack_effect(3, false), -2);
        assert_eq!(Opcode::BUILD_MAP.stack_effect(2, false), -3);
        assert_eq!(Opcode::FOR_ITER.stack_effect(4, false), 1);
        assert_eq!(Opcode::FOR_ITER.stack_effect(4, true), -1);
        assert_eq!(Opcode::JUMP_IF_TRUE_OR_POP.stack_effect(0, true), 0);
        assert_eq!(Opcode::JUMP_IF_TRUE_OR_POP.stack_effect(0, false), -1);
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0b1011, false), -3);
        assert_eq!(Opcode::BUILD_SLICE.stack_effect(3, false), -2);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(0x0102, false), 3);
        assert_eq!(Opcode::LOAD_GLOBAL.stack_effect(5, false), 2);
        assert_eq!(Opcode::SETUP_CLEANUP.stack_effect(0, true), 2);
        assert_eq!(
            Opcode::BUILD_LIST.stack_effect(u32::MAX, false),
            1 - i64::from(u32::MAX) as i32
        );
    }

    #[test]
    fn flags() {
        assert!(Opcode::RETURN_VALUE.is_terminator() && Opcode::RETURN_VALUE.is_scope_exit());
        assert!(Opcode::JUMP_FORWARD.is_unconditional() && Opcode::JUMP_FORWARD.is_terminator());
        assert!(!Opcode::POP_JUMP_IF_TRUE.is_unconditional());
        assert!(Opcode::SETUP_FINALLY.is_setup() && Opcode::SETUP_FINALLY.is_pseudo());
        assert!(!Opcode::LOAD_FAST.is_pseudo());
        assert!(Opcode::JUMP_BACKWARD_NO_INTERRUPT.is_no_interrupt());
    }
}

mod operators {
    // Stand-ins for the enums `ast!()` emits for 3.11's operator sums (same
    // names, same constructor order), so these tests do not need the AST leaves.
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub enum Boolop {
        And,
        Or,
    }
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub enum Operator {
        Add,
        Sub,
        Mult,
        MatMult,
        Div,
        Mod,
        Pow,
        LShift,
        RShift,
        BitOr,
        BitXor,
        BitAnd,
        FloorDiv,
    }
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub enum Unaryop {
        Invert,
        Not,
        UAdd,
        USub,
    }
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub enum Cmpop {
        Eq,
        NotEq,
        Lt,
        LtE,
        Gt,
        GtE,
        Is,
        IsNot,
        In,
        NotIn,
    }

    moult_macros::operators!();

    #[test]
    fn index_is_row_order_and_discriminant() {
        assert_eq!(Operator::ROWS.len(), 13);
        assert_eq!(Cmpop::ROWS.len(), 10);
        for (i, op) in Operator::ROWS.iter().enumerate() {
            assert_eq!((op.index(), *op as usize), (i, i));
            assert_eq!(Operator::from_index(i), Some(*op));
        }
        for (i, op) in Cmpop::ROWS.iter().enumerate() {
            assert_eq!((op.index(), *op as usize), (i, i));
        }
        assert_eq!(Operator::from_index(13), None);
        assert_eq!(Unaryop::from_index(1), Some(Unaryop::Not));
    }

    #[test]
    fn spellings_round_trip() {
        assert_eq!(Operator::FloorDiv.spelling(), "//");
        assert_eq!(Operator::MatMult.spelling(), "@");
        assert_eq!(Cmpop::NotIn.spelling(), "not in");
        assert_eq!(Boolop::And.spelling(), "and");
        for op in Operator::ROWS {
            assert_eq!(Operator::from_spelling(op.spelling()), Some(*op));
        }
        for op in Cmpop::ROWS {
            assert_eq!(Cmpop::from_spelling(op.spelling()), Some(*op));
        }
        assert_eq!(Operator::from_spelling("~="), None);
    }

    #[test]
    fn dunders_follow_cpython() {
        assert_eq!(Operator::Div.dunder(), Some("__truediv__"));
        assert_eq!(Operator::Div.reflected_dunder(), Some("__rtruediv__"));
        assert_eq!(Operator::BitOr.inplace_dunder(), Some("__ior__"));
        assert_eq!(Unaryop::Invert.dunder(), Some("__invert__"));
        assert_eq!(Unaryop::UAdd.reflected_dunder(), None);
        assert_eq!(Cmpop::LtE.reflected_dunder(), Some("__ge__"));
        assert_eq!(Cmpop::Gt.reflected_dunder(), Some("__lt__"));
        assert_eq!(Cmpop::Eq.reflected_dunder(), Some("__eq__"));
        assert_eq!(Cmpop::Is.dunder(), None);
        assert_eq!(Boolop::Or.dunder(), None);
    }

    #[test]
    fn membership_identity_and_defaults() {
        assert!(Cmpop::In.operands_swapped() && !Cmpop::In.is_negated());
        assert!(Cmpop::NotIn.operands_swapped() && Cmpop::NotIn.is_negated());
        assert!(Cmpop::IsNot.is_negated() && !Cmpop::Is.is_negated());
        assert!(Unaryop::Not.is_negated() && !Unaryop::USub.is_negated());
        assert_eq!(Cmpop::Eq.default_meaning(), Some("a is b"));
        assert_eq!(Cmpop::NotEq.default_meaning(), Some("a is not b"));
        assert_eq!(Cmpop::Lt.default_meaning(), None);
        assert_eq!(Operator::Add.default_meaning(), None);
    }
}
