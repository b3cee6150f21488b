//! The assembler: instructions over labels to a finished [`CodeObject`], as
//! CPython 3.11's flow-graph passes in `compile.c`: basic blocks, peephole
//! (the NULL bit of `LOAD_GLOBAL`, constant conditions, jump threading),
//! small exit blocks copied into their jumps, unreachable code dropped, NOPs
//! removed where no line needs them, line numbers propagated, the exception
//! table from the `SETUP_*`/`POP_BLOCK` pseudo-instructions, jump directions,
//! `EXTENDED_ARG`, and the stack size.

use super::code::{flags, CodeObject, Const, ExceptionEntry, Position};
use super::codegen::{Instr, Unit};
use super::opcode::Opcode;
use super::symtable::{Scope, ScopeKind};
use crate::ast::Constant;

/// Exit blocks up to this size are copied into the jumps that reach them.
const MAX_COPY_SIZE: usize = 4;

#[derive(Clone, Debug)]
struct Ins {
    op: Opcode,
    arg: u32,
    target: Option<usize>,
    pos: Position,
    handler: Option<usize>,
}

#[derive(Clone, Debug, Default)]
struct Block {
    instrs: Vec<Ins>,
    /// When CPython would have created the block (see `Unit::seq`).
    seq: u32,
    start_depth: Option<i32>,
    preds: usize,
    preserve_lasti: bool,
}

fn line(p: &Position) -> Option<u32> {
    p.lineno
}

fn is_terminator(op: Opcode) -> bool {
    op.is_terminator()
}

fn is_uncond_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::JUMP
            | Opcode::JUMP_NO_INTERRUPT
            | Opcode::JUMP_FORWARD
            | Opcode::JUMP_BACKWARD
            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
    )
}

fn is_setup(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH
    )
}

fn is_exit(op: Opcode) -> bool {
    op.is_scope_exit()
}

/// Splits the instruction list at labels and after jumps and terminators.
fn blocks_of(unit: &Unit) -> Vec<Block> {
    let n = unit.instrs.len();
    let mut starts = vec![false; n + 1];
    starts[0] = true;
    for l in unit.labels.iter().flatten() {
        starts[(*l).min(n)] = true;
    }
    for (i, ins) in unit.instrs.iter().enumerate() {
        if ins.target.is_some() || is_terminator(ins.op) {
            starts[i + 1] = true;
        }
    }
    let mut block_of = vec![0usize; n + 1];
    let mut b = 0;
    for i in 0..=n {
        if starts[i] && i > 0 {
            b += 1;
        }
        block_of[i] = b;
    }
    let mut blocks = vec![Block::default(); b + 1];
    // The latest block started at an index is the one holding its code.
    for &(at, seq) in &unit.block_starts {
        if at <= n && starts[at] {
            blocks[block_of[at]].seq = seq;
        }
    }
    for (i, ins) in unit.instrs.iter().enumerate() {
        let target = ins
            .target
            .and_then(|l| unit.labels.get(l.0 as usize).copied().flatten())
            .map(|t| block_of[t.min(n)]);
        blocks[block_of[i]].instrs.push(Ins {
            op: ins.op,
            arg: ins.arg,
            target,
            pos: ins.pos,
            handler: None,
        });
    }
    blocks
}

fn falls_through(b: &Block) -> bool {
    b.instrs.last().map_or(true, |i| !is_terminator(i.op))
}

/// The first non-empty block at or after `i`.
fn next_nonempty(blocks: &[Block], mut i: usize) -> Option<usize> {
    while i < blocks.len() {
        if !blocks[i].instrs.is_empty() {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn const_truth(consts: &[Const], i: u32) -> Option<bool> {
    match consts.get(i as usize)? {
        Const::Value(c) => Some(match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            Constant::Float(f) => *f != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) => !t.is_empty(),
            Constant::FrozenSet(t) => !t.is_empty(),
            Constant::Ellipsis => true,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        }),
        Const::Code(_) => None,
    }
}

/// `LOAD_CONST`s followed by `BUILD_TUPLE` become one `LOAD_CONST` of the
/// tuple, appended to the constants (CPython's `fold_tuple_on_constants`).
fn fold_tuple(instrs: &mut [Ins], i: usize, consts: &mut Vec<Const>) {
    let n = instrs[i].arg as usize;
    if i < n {
        return;
    }
    let mut values = Vec::with_capacity(n);
    for ins in &instrs[i - n..i] {
        match (ins.op, consts.get(ins.arg as usize)) {
            (Opcode::LOAD_CONST, Some(Const::Value(v))) => values.push(v.clone()),
            _ => return,
        }
    }
    let tuple = Constant::Tuple(values);
    let key = super::codegen::const_key(&tuple);
    let index = consts
        .iter()
        .position(|c| matches!(c, Const::Value(v) if super::codegen::const_key(v) == key));
    let index = index.unwrap_or_else(|| {
        consts.push(Const::Value(tuple));
        consts.len() - 1
    });
    for ins in &mut instrs[i - n..i] {
        ins.op = Opcode::NOP;
    }
    instrs[i].op = Opcode::LOAD_CONST;
    instrs[i].arg = index as u32;
}

/// Replaces a run of SWAPs (and NOPs) starting at `at` by the fewest SWAPs
/// with the same effect, as CPython's `swaptimize`: the run's permutation is
/// computed, then rebuilt cycle by cycle from the end of the run.
fn swaptimize(instrs: &mut [Ins], at: usize) -> usize {
    let mut depth = instrs[at].arg as usize;
    let mut len = 1;
    let mut more = false;
    while at + len < instrs.len() {
        match instrs[at + len].op {
            Opcode::SWAP => {
                depth = depth.max(instrs[at + len].arg as usize);
                more = true;
            }
            Opcode::NOP => {}
            _ => break,
        }
        len += 1;
    }
    if !more || depth == 0 {
        return 1;
    }
    const VISITED: usize = usize::MAX;
    let mut stack: Vec<usize> = (0..depth).collect();
    for ins in &instrs[at..at + len] {
        if ins.op == Opcode::SWAP && ins.arg >= 1 {
            stack.swap(0, ins.arg as usize - 1);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 && current >= 0 {
                let ins = &mut instrs[at + current as usize];
                ins.op = Opcode::SWAP;
                ins.arg = (j + 1) as u32;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next = stack[j];
            stack[j] = VISITED;
            j = next;
        }
    }
    while current >= 0 {
        instrs[at + current as usize].op = Opcode::NOP;
        current -= 1;
    }
    len
}

/// Instructions a SWAP can be traded for: reordering them is the same as
/// swapping the stack items they consume.
fn swappable(op: Opcode) -> bool {
    matches!(op, Opcode::STORE_FAST | Opcode::POP_TOP)
}

/// The next swappable instruction after `i`, skipping NOPs, on line `line`
/// when one is given (reordering across lines would change what a tracer
/// sees).
fn next_swappable(instrs: &[Ins], mut i: usize, line: Option<Option<u32>>) -> Option<usize> {
    loop {
        i += 1;
        let ins = instrs.get(i)?;
        if let Some(l) = line {
            if ins.pos.lineno != l {
                return None;
            }
        }
        if ins.op == Opcode::NOP {
            continue;
        }
        return swappable(ins.op).then_some(i);
    }
}

/// Applies SWAPs by exchanging the stores that follow them (CPython's
/// `apply_static_swaps`): `SWAP 2; STORE_FAST a; STORE_FAST b` becomes
/// `STORE_FAST b; STORE_FAST a`.
fn apply_static_swaps(instrs: &mut [Ins], last: usize) {
    let mut i = last as isize;
    while i >= 0 {
        let at = i as usize;
        i -= 1;
        let swap = &instrs[at];
        if swap.op != Opcode::SWAP {
            if swap.op == Opcode::NOP || swappable(swap.op) {
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, at, None) else {
            return;
        };
        let line = instrs[j].pos.lineno;
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, Some(line)) {
                Some(n) => k = n,
                None => return,
            }
        }
        instrs[at].op = Opcode::NOP;
        instrs.swap(j, k);
    }
}

fn peephole(blocks: &mut [Block], consts: &mut Vec<Const>) {
    for bi in 0..blocks.len() {
        let n = blocks[bi].instrs.len();
        // The end of a SWAP run already made optimal.
        let mut skip_to = 0;
        for i in 0..n {
            if i < skip_to {
                continue;
            }
            let ins = blocks[bi].instrs[i].clone();
            let next = blocks[bi].instrs.get(i + 1).cloned();
            match ins.op {
                Opcode::PUSH_NULL => {
                    if let Some(nx) = &next {
                        if nx.op == Opcode::LOAD_GLOBAL && nx.arg & 1 == 0 {
                            blocks[bi].instrs[i].op = Opcode::NOP;
                            blocks[bi].instrs[i + 1].arg |= 1;
                        }
                    }
                }
                Opcode::SWAP if ins.arg == 1 => blocks[bi].instrs[i].op = Opcode::NOP,
                Opcode::SWAP => {
                    let len = swaptimize(&mut blocks[bi].instrs, i);
                    apply_static_swaps(&mut blocks[bi].instrs, i + len - 1);
                    skip_to = i + len;
                }
                Opcode::LOAD_CONST
                    if matches!(&next, Some(nx) if nx.op == Opcode::IS_OP)
                        && matches!(
                            consts.get(ins.arg as usize),
                            Some(Const::Value(Constant::None))
                        ) =>
                {
                    // `x is None` and a conditional jump: one POP_JUMP_IF_(NOT_)NONE.
                    let b = &mut blocks[bi].instrs;
                    let Some(jump) = b.get(i + 2).map(|j| j.op) else {
                        continue;
                    };
                    if !matches!(jump, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) {
                        continue;
                    }
                    let negated = b[i + 1].arg != 0;
                    b[i + 2].pos = b[i + 1].pos;
                    b[i].op = Opcode::NOP;
                    b[i + 1].op = Opcode::NOP;
                    b[i + 2].op = if negated ^ (jump == Opcode::POP_JUMP_IF_FALSE) {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NONE
                    };
                }
                Opcode::LOAD_CONST => {
                    let Some(nx) = &next else { continue };
                    if matches!(nx.op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) {
                        let Some(t) = const_truth(consts, ins.arg) else {
                            continue;
                        };
                        blocks[bi].instrs[i].op = Opcode::NOP;
                        let jump = (nx.op == Opcode::POP_JUMP_IF_TRUE) == t;
                        if jump {
                            blocks[bi].instrs[i + 1].op = Opcode::JUMP;
                        } else {
                            blocks[bi].instrs[i + 1].op = Opcode::NOP;
                            blocks[bi].instrs[i + 1].target = None;
                        }
                    }
                }
                Opcode::BUILD_TUPLE if !matches!(&next, Some(nx) if nx.op == Opcode::UNPACK_SEQUENCE && nx.arg == ins.arg) =>
                {
                    fold_tuple(&mut blocks[bi].instrs, i, consts);
                }
                Opcode::BUILD_TUPLE => {
                    let Some(nx) = &next else { continue };
                    if nx.op == Opcode::UNPACK_SEQUENCE && nx.arg == ins.arg && ins.arg <= 3 {
                        let b = &mut blocks[bi].instrs;
                        match ins.arg {
                            1 => {
                                b[i].op = Opcode::NOP;
                                b[i + 1].op = Opcode::NOP;
                            }
                            2 => {
                                b[i].op = Opcode::NOP;
                                b[i + 1].op = Opcode::SWAP;
                                b[i + 1].arg = 2;
                            }
                            3 => {
                                b[i].op = Opcode::NOP;
                                b[i + 1].op = Opcode::SWAP;
                                b[i + 1].arg = 3;
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        thread_jump(blocks, bi);
    }
}

/// Jump threading on the last instruction of block `bi`, as CPython's
/// `optimize_basic_block`: through jumps on the same line, and a
/// short-circuit jump landing on the opposite test skips it.
fn thread_jump(blocks: &mut [Block], bi: usize) {
    for _ in 0..100 {
        let Some(last) = blocks[bi].instrs.last().cloned() else {
            return;
        };
        let Some(t) = last.target else { return };
        let Some(tb) = next_nonempty(blocks, t) else {
            return;
        };
        let Some(first) = blocks[tb].instrs.first().cloned() else {
            return;
        };
        let same_line = first.pos.lineno == last.pos.lineno;
        let through = |op: Opcode| -> Option<(Opcode, Option<usize>)> {
            (same_line && first.target.is_some() && first.target != last.target)
                .then_some((op, first.target))
        };
        use Opcode::*;
        let change: Option<(Opcode, Option<usize>)> = match (last.op, first.op) {
            (JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE) => through(POP_JUMP_IF_FALSE),
            (JUMP_IF_FALSE_OR_POP, JUMP | JUMP_IF_FALSE_OR_POP) => through(JUMP_IF_FALSE_OR_POP),
            (JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP | POP_JUMP_IF_TRUE) if same_line => {
                Some((POP_JUMP_IF_FALSE, next_nonempty(blocks, tb + 1)))
            }
            (JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE) => through(POP_JUMP_IF_TRUE),
            (JUMP_IF_TRUE_OR_POP, JUMP | JUMP_IF_TRUE_OR_POP) => through(JUMP_IF_TRUE_OR_POP),
            (JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP | POP_JUMP_IF_FALSE) if same_line => {
                Some((POP_JUMP_IF_TRUE, next_nonempty(blocks, tb + 1)))
            }
            (
                POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE,
                JUMP,
            ) => through(last.op),
            // An unconditional jump also goes through an artificial jump (no
            // line), as 3.11 does for the back edge of loops.
            (JUMP, JUMP)
                if first.pos.lineno.is_none()
                    && first.target.is_some()
                    && first.target != last.target =>
            {
                Some((JUMP, first.target))
            }
            (JUMP, JUMP) => through(JUMP),
            _ => None,
        };
        let Some((op, Some(target))) = change else {
            return;
        };
        if let Some(l) = blocks[bi].instrs.last_mut() {
            l.op = op;
            l.target = Some(target);
        }
    }
}

/// Copies small exit blocks into the unconditional jumps that reach them.
fn extend_blocks(blocks: &mut [Block]) {
    for bi in 0..blocks.len() {
        let Some(last) = blocks[bi].instrs.last().cloned() else {
            continue;
        };
        if !is_uncond_jump(last.op) {
            continue;
        }
        let Some(t) = last.target.and_then(|t| next_nonempty(blocks, t)) else {
            continue;
        };
        let target = &blocks[t];
        let is_exit_block = target.instrs.last().map_or(false, |i| is_exit(i.op));
        // Only blocks without a line (implicit `return None`s) are copied.
        let has_line = target.instrs.iter().any(|i| i.pos.lineno.is_some());
        if is_exit_block && !has_line && target.instrs.len() <= MAX_COPY_SIZE {
            let copy = target.instrs.clone();
            let b = &mut blocks[bi];
            if let Some(l) = b.instrs.last_mut() {
                l.op = Opcode::NOP;
                l.target = None;
            }
            b.instrs.extend(copy);
        }
    }
}

fn reachable(blocks: &[Block]) -> Vec<bool> {
    let mut seen = vec![false; blocks.len()];
    let mut todo = vec![0usize];
    while let Some(b) = todo.pop() {
        if b >= blocks.len() || seen[b] {
            continue;
        }
        seen[b] = true;
        for ins in &blocks[b].instrs {
            if let Some(t) = ins.target {
                todo.push(t);
            }
        }
        if falls_through(&blocks[b]) {
            todo.push(b + 1);
        }
    }
    seen
}

/// Removes NOPs whose line is carried by a neighbour (CPython's
/// `clean_basic_block`).
fn clean_block(blocks: &mut [Block], bi: usize) {
    let next = next_nonempty(blocks, bi + 1);
    clean_block_before(blocks, bi, next);
}

/// [`clean_block`] with the block laid out next given.
fn clean_block_before(blocks: &mut [Block], bi: usize, next: Option<usize>) {
    let next_line = next.and_then(|n| blocks[n].instrs.first().map(|i| line(&i.pos)));
    let b = &mut blocks[bi];
    let mut out: Vec<Ins> = Vec::with_capacity(b.instrs.len());
    let mut prev_line: Option<Option<u32>> = None;
    let n = b.instrs.len();
    for src in 0..n {
        let l = line(&b.instrs[src].pos);
        if b.instrs[src].op == Opcode::NOP {
            if l.is_none() {
                continue;
            }
            if prev_line == Some(l) {
                continue;
            }
            if src + 1 < n {
                let nl = line(&b.instrs[src + 1].pos);
                if nl.is_none() || nl == l {
                    let p = b.instrs[src].pos;
                    b.instrs[src + 1].pos = p;
                    continue;
                }
            } else if next_line == Some(l) {
                continue;
            }
        }
        prev_line = Some(l);
        out.push(b.instrs[src].clone());
    }
    b.instrs = out;
}

fn count_preds(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        b.preds = 0;
    }
    blocks.first_mut().map(|b| b.preds = 1);
    for i in 0..blocks.len() {
        let targets: Vec<usize> = blocks[i].instrs.iter().filter_map(|x| x.target).collect();
        for t in targets {
            if let Some(tb) = blocks.get_mut(t) {
                tb.preds += 1;
            }
        }
        if falls_through(&blocks[i]) && !blocks[i].instrs.is_empty() {
            if let Some(n) = next_nonempty(blocks, i + 1) {
                blocks[n].preds += 1;
            }
        }
    }
}

/// A block that leaves the frame and has no line at all (an implicit
/// `return None`, a cleanup `RERAISE`).
fn is_exit_without_line(b: &Block) -> bool {
    b.instrs.last().map_or(false, |i| is_exit(i.op))
        && b.instrs.iter().all(|i| i.pos.lineno.is_none())
}

/// Exit blocks without a line reached from several places get a copy per
/// jump, so each copy takes the line of its jump. As CPython, blocks are
/// visited newest first and each copy goes right after its original.
fn duplicate_exits(blocks: &mut Vec<Block>, layout: &mut Vec<usize>) {
    count_preds(blocks);
    let n = blocks.len();
    let mut by_age: Vec<usize> = (0..n).collect();
    by_age.sort_by(|a, b| blocks[*b].seq.cmp(&blocks[*a].seq).then(b.cmp(a)));
    for bi in by_age {
        let Some(last) = blocks[bi].instrs.last().cloned() else {
            continue;
        };
        let Some(t) = last.target else { continue };
        if is_setup(last.op) {
            continue;
        }
        let tb = &blocks[t];
        if is_exit_without_line(tb) && tb.preds > 1 {
            let mut copy = tb.clone();
            if let Some(f) = copy.instrs.first_mut() {
                f.pos = last.pos;
            }
            copy.preds = 1;
            blocks[t].preds -= 1;
            blocks.push(copy);
            let new = blocks.len() - 1;
            if let Some(l) = blocks[bi].instrs.last_mut() {
                l.target = Some(new);
            }
            let at = layout
                .iter()
                .position(|&x| x == t)
                .map_or(layout.len(), |p| p + 1);
            layout.insert(at, new);
        }
    }
    // A fall-through into an exit block without a line gives it the line.
    let order: Vec<usize> = layout
        .iter()
        .copied()
        .filter(|&b| !blocks[b].instrs.is_empty())
        .collect();
    for w in order.windows(2) {
        let (bi, nx) = (w[0], w[1]);
        if !falls_through(&blocks[bi]) {
            continue;
        }
        let last_pos = blocks[bi].instrs.last().map(|i| i.pos);
        let nb = &mut blocks[nx];
        if is_exit_without_line(nb) {
            if let (Some(f), Some(p)) = (nb.instrs.first_mut(), last_pos) {
                f.pos = p;
            }
        }
    }
}

fn propagate_lines(blocks: &mut [Block], order: &[usize]) {
    count_preds(blocks);
    for (k, &bi) in order.iter().enumerate() {
        let mut prev: Option<Position> = None;
        for ins in blocks[bi].instrs.iter_mut() {
            if ins.pos.lineno.is_none() {
                if let Some(p) = prev {
                    ins.pos = p;
                }
            } else {
                prev = Some(ins.pos);
            }
        }
        let Some(p) = prev else { continue };
        if falls_through(&blocks[bi]) {
            if let Some(&nx) = order.get(k + 1) {
                if blocks[nx].preds == 1 {
                    if let Some(f) = blocks[nx].instrs.first_mut() {
                        if f.pos.lineno.is_none() {
                            f.pos = p;
                        }
                    }
                }
            }
        }
        if let Some(last) = blocks[bi].instrs.last().cloned() {
            if let Some(t) = last.target {
                if last.op.is_jump()
                    && !is_setup(last.op)
                    && blocks.get(t).map_or(false, |b| b.preds == 1)
                {
                    if let Some(f) = blocks[t].instrs.first_mut() {
                        if f.pos.lineno.is_none() {
                            f.pos = p;
                        }
                    }
                }
            }
        }
    }
}

fn stack_depths(blocks: &mut [Block], order: &[usize]) -> u32 {
    let pos_in: Vec<usize> = {
        let mut v = vec![usize::MAX; blocks.len()];
        for (k, &b) in order.iter().enumerate() {
            v[b] = k;
        }
        v
    };
    let mut max = 0i32;
    let Some(&entry) = order.first() else {
        return 0;
    };
    blocks[entry].start_depth = Some(0);
    let mut todo = vec![entry];
    while let Some(b) = todo.pop() {
        let mut depth = blocks[b].start_depth.unwrap_or(0);
        let instrs = blocks[b].instrs.clone();
        let mut fell = true;
        for ins in &instrs {
            if let Some(t) = ins.target {
                let d = depth + ins.op.stack_effect(ins.arg, true);
                max = max.max(d);
                if blocks[t].start_depth.is_none() {
                    blocks[t].start_depth = Some(d);
                    todo.push(t);
                }
            }
            // CPython sizes the stack before adding the generator prefix, so
            // RETURN_GENERATOR + POP_TOP leave the depth as it was.
            depth += match ins.op {
                Opcode::RETURN_GENERATOR => 1,
                op => op.stack_effect(ins.arg, false),
            };
            max = max.max(depth);
            if is_terminator(ins.op) {
                fell = false;
                break;
            }
        }
        if fell {
            if let Some(&nx) = order.get(pos_in[b].wrapping_add(1)) {
                if blocks[nx].start_depth.is_none() {
                    blocks[nx].start_depth = Some(depth);
                    todo.push(nx);
                }
            }
        }
    }
    max.max(0) as u32
}

/// Gives every instruction the handler block that catches its exceptions.
fn label_handlers(blocks: &mut [Block], order: &[usize]) {
    let pos_in: Vec<usize> = {
        let mut v = vec![usize::MAX; blocks.len()];
        for (k, &b) in order.iter().enumerate() {
            v[b] = k;
        }
        v
    };
    let mut stacks: Vec<Option<Vec<usize>>> = vec![None; blocks.len()];
    let Some(&entry) = order.first() else { return };
    stacks[entry] = Some(Vec::new());
    let mut todo = vec![entry];
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].clone().unwrap_or_default();
        let n = blocks[b].instrs.len();
        let mut fell = true;
        for i in 0..n {
            let ins = blocks[b].instrs[i].clone();
            if is_setup(ins.op) {
                if let Some(t) = ins.target {
                    if stacks[t].is_none() {
                        stacks[t] = Some(stack.clone());
                        todo.push(t);
                    }
                    blocks[t].preserve_lasti = ins.op != Opcode::SETUP_FINALLY;
                    stack.push(t);
                }
                // The pseudo-instruction becomes a NOP that no handler covers.
                blocks[b].instrs[i].handler = None;
            } else if ins.op == Opcode::POP_BLOCK {
                stack.pop();
                blocks[b].instrs[i].handler = None;
            } else {
                blocks[b].instrs[i].handler = stack.last().copied();
                if let Some(t) = ins.target {
                    if stacks[t].is_none() {
                        stacks[t] = Some(stack.clone());
                        todo.push(t);
                    }
                }
            }
            if is_terminator(ins.op) {
                fell = false;
                break;
            }
        }
        if fell {
            if let Some(&nx) = order.get(pos_in[b].wrapping_add(1)) {
                if stacks[nx].is_none() {
                    stacks[nx] = Some(stack);
                    todo.push(nx);
                }
            }
        }
    }
    for b in blocks.iter_mut() {
        for ins in b.instrs.iter_mut() {
            if is_setup(ins.op) || ins.op == Opcode::POP_BLOCK {
                ins.op = Opcode::NOP;
                ins.target = None;
            }
        }
    }
}

fn direction(op: Opcode, backward: bool) -> Opcode {
    match (op, backward) {
        (Opcode::JUMP, false) | (Opcode::JUMP_NO_INTERRUPT, false) => Opcode::JUMP_FORWARD,
        (Opcode::JUMP, true) => Opcode::JUMP_BACKWARD,
        (Opcode::JUMP_NO_INTERRUPT, true) => Opcode::JUMP_BACKWARD_NO_INTERRUPT,
        (Opcode::POP_JUMP_IF_FALSE, false) => Opcode::POP_JUMP_FORWARD_IF_FALSE,
        (Opcode::POP_JUMP_IF_FALSE, true) => Opcode::POP_JUMP_BACKWARD_IF_FALSE,
        (Opcode::POP_JUMP_IF_TRUE, false) => Opcode::POP_JUMP_FORWARD_IF_TRUE,
        (Opcode::POP_JUMP_IF_TRUE, true) => Opcode::POP_JUMP_BACKWARD_IF_TRUE,
        (Opcode::POP_JUMP_IF_NONE, false) => Opcode::POP_JUMP_FORWARD_IF_NONE,
        (Opcode::POP_JUMP_IF_NONE, true) => Opcode::POP_JUMP_BACKWARD_IF_NONE,
        (Opcode::POP_JUMP_IF_NOT_NONE, false) => Opcode::POP_JUMP_FORWARD_IF_NOT_NONE,
        (Opcode::POP_JUMP_IF_NOT_NONE, true) => Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE,
        (other, _) => other,
    }
}

fn ext_count(arg: u32) -> usize {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

/// Computes the code-object flags of a scope (CPython's `compute_code_flags`).
fn code_flags(st: &Scope, has_free: bool) -> u32 {
    let mut f = 0;
    if st.kind == ScopeKind::Function {
        f |= flags::NEWLOCALS | flags::OPTIMIZED;
        if st.nested {
            f |= flags::NESTED;
        }
        match (st.generator, st.coroutine) {
            (true, true) => f |= flags::ASYNC_GENERATOR,
            (true, false) => f |= flags::GENERATOR,
            (false, true) => f |= flags::COROUTINE,
            _ => {}
        }
        if st.varargs {
            f |= flags::VARARGS;
        }
        if st.varkeywords {
            f |= flags::VARKEYWORDS;
        }
    }
    let _ = has_free;
    f
}

pub fn assemble(mut unit: Unit, st: &Scope, filename: &std::rc::Rc<str>) -> CodeObject {
    let flags = code_flags(st, !unit.freevars.is_empty());
    // The prefix: COPY_FREE_VARS, MAKE_CELL per cell, RETURN_GENERATOR.
    let mut prefix: Vec<Instr> = Vec::new();
    let none = Position::default();
    if !unit.freevars.is_empty() {
        prefix.push(Instr {
            op: Opcode::COPY_FREE_VARS,
            arg: unit.freevars.len() as u32,
            target: None,
            pos: none,
        });
    }
    // Cell and free variables move to their fast-locals slots: cells that
    // are arguments share the argument's slot.
    let nlocals = unit.varnames.len();
    let mut slot: Vec<u32> = Vec::new();
    let mut extra = 0;
    for c in &unit.cellvars {
        match unit.varnames.iter().position(|v| v == c) {
            Some(v) => slot.push(v as u32),
            None => {
                slot.push((nlocals + extra) as u32);
                extra += 1;
            }
        }
    }
    for j in 0..unit.freevars.len() {
        slot.push((nlocals + extra + j) as u32);
    }
    for ins in unit.instrs.iter_mut() {
        if ins.op.arg_kind() == super::opcode::ArgKind::Free {
            ins.arg = slot.get(ins.arg as usize).copied().unwrap_or(ins.arg);
        }
    }
    let mut cells: Vec<u32> = slot[..unit.cellvars.len()].to_vec();
    cells.sort_unstable();
    for c in cells {
        prefix.push(Instr {
            op: Opcode::MAKE_CELL,
            arg: c,
            target: None,
            pos: none,
        });
    }
    if flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        let p = Position {
            lineno: Some(unit.firstlineno),
            end_lineno: Some(unit.firstlineno),
            col: None,
            end_col: None,
        };
        let p = unit.instrs.first().map_or(p, |i| i.pos);
        prefix.push(Instr {
            op: Opcode::RETURN_GENERATOR,
            arg: 0,
            target: None,
            pos: p,
        });
        prefix.push(Instr {
            op: Opcode::POP_TOP,
            arg: 0,
            target: None,
            pos: p,
        });
    }
    if !prefix.is_empty() {
        let k = prefix.len();
        prefix.extend(unit.instrs.drain(..));
        unit.instrs = prefix;
        for l in unit.labels.iter_mut().flatten() {
            *l += k;
        }
    }

    let mut blocks = blocks_of(&unit);
    peephole(&mut blocks, &mut unit.consts);
    extend_blocks(&mut blocks);
    let live = reachable(&blocks);
    for (b, alive) in blocks.iter_mut().zip(&live) {
        if !alive {
            b.instrs.clear();
        }
    }
    for bi in 0..blocks.len() {
        clean_block(&mut blocks, bi);
    }
    // A jump to the next block is not needed.
    for bi in 0..blocks.len() {
        let Some(last) = blocks[bi].instrs.last().cloned() else {
            continue;
        };
        if is_uncond_jump(last.op)
            && last.target.and_then(|t| next_nonempty(&blocks, t)) == next_nonempty(&blocks, bi + 1)
        {
            if let Some(l) = blocks[bi].instrs.last_mut() {
                l.op = Opcode::NOP;
                l.target = None;
            }
        }
    }
    for bi in 0..blocks.len() {
        clean_block(&mut blocks, bi);
    }
    // Retarget jumps to empty blocks onto the next non-empty one.
    for bi in 0..blocks.len() {
        for k in 0..blocks[bi].instrs.len() {
            if let Some(t) = blocks[bi].instrs[k].target {
                blocks[bi].instrs[k].target = next_nonempty(&blocks, t).or(Some(t));
            }
        }
    }
    let mut layout: Vec<usize> = (0..blocks.len()).collect();
    duplicate_exits(&mut blocks, &mut layout);
    let order: Vec<usize> = layout
        .into_iter()
        .filter(|&b| !blocks[b].instrs.is_empty())
        .collect();
    // Trim constants nobody loads from the end of the table.
    let mut max_used: i64 = if st.kind == ScopeKind::Function && !st.comprehension {
        0
    } else {
        -1
    };
    for &b in &order {
        for ins in &blocks[b].instrs {
            if matches!(ins.op, Opcode::LOAD_CONST | Opcode::KW_NAMES) {
                max_used = max_used.max(ins.arg as i64);
            }
        }
    }
    unit.consts.truncate((max_used + 1).max(0) as usize);
    propagate_lines(&mut blocks, &order);
    let stacksize = stack_depths(&mut blocks, &order);
    label_handlers(&mut blocks, &order);
    for k in 0..order.len() {
        clean_block_before(&mut blocks, order[k], order.get(k + 1).copied());
    }
    let laid_out = order;
    let order: Vec<usize> = laid_out
        .iter()
        .copied()
        .filter(|&b| !blocks[b].instrs.is_empty())
        .collect();
    // Targets that became empty move to the next laid-out block.
    let mut next_in_order = vec![usize::MAX; blocks.len()];
    {
        let mut k = order.len();
        for &b in laid_out.iter().rev() {
            if let Some(p) = order.iter().position(|&x| x == b) {
                k = p;
            }
            next_in_order[b] = k;
        }
    }
    // Choose jump directions and sizes until offsets are stable.
    let mut start_of = vec![0usize; order.len() + 1];
    let mut sizes: Vec<Vec<usize>> = order
        .iter()
        .map(|&b| vec![1; blocks[b].instrs.len()])
        .collect();
    for _ in 0..10 {
        let mut off = 0;
        for (k, &b) in order.iter().enumerate() {
            start_of[k] = off;
            off += sizes[k].iter().sum::<usize>();
            let _ = b;
        }
        start_of[order.len()] = off;
        let mut changed = false;
        for (k, &b) in order.iter().enumerate() {
            let mut at = start_of[k];
            for (j, ins) in blocks[b].instrs.iter_mut().enumerate() {
                at += sizes[k][j];
                if let Some(t) = ins.target {
                    let tk = next_in_order
                        .get(t)
                        .copied()
                        .unwrap_or(order.len())
                        .min(order.len());
                    let dest = start_of[tk];
                    let backward = dest < at;
                    ins.op = direction(ins.op, backward);
                    ins.arg = if backward {
                        (at - dest) as u32
                    } else {
                        (dest - at) as u32
                    };
                }
                let size = 1 + ext_count(ins.arg);
                if size != sizes[k][j] {
                    sizes[k][j] = size;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let extended = Opcode::EXTENDED_ARG;
    let mut code = Vec::new();
    let mut positions = Vec::new();
    let mut handlers: Vec<Option<(u32, u32, bool)>> = Vec::new();
    for &b in &order {
        for ins in &blocks[b].instrs {
            let h = ins.handler.map(|hb| {
                let tk = next_in_order
                    .get(hb)
                    .copied()
                    .unwrap_or(order.len())
                    .min(order.len());
                let depth =
                    blocks[hb].start_depth.unwrap_or(1) - 1 - blocks[hb].preserve_lasti as i32;
                (
                    start_of[tk] as u32,
                    depth.max(0) as u32,
                    blocks[hb].preserve_lasti,
                )
            });
            for shift in (1..=ext_count(ins.arg)).rev() {
                code.push(extended as u8);
                code.push((ins.arg >> (8 * shift)) as u8);
                positions.push(ins.pos);
                handlers.push(h);
            }
            code.push(ins.op as u8);
            code.push(ins.arg as u8);
            positions.push(ins.pos);
            handlers.push(h);
        }
    }
    let mut exception_table = Vec::new();
    let mut i = 0;
    while i < handlers.len() {
        let Some(h) = handlers[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < handlers.len() && handlers[i] == Some(h) {
            i += 1;
        }
        exception_table.push(ExceptionEntry {
            start: start as u32,
            end: i as u32,
            target: h.0,
            depth: h.1,
            lasti: h.2,
        });
    }
    CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.clone(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags,
        stacksize,
        code,
        consts: unit.consts,
        names: unit.names,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        positions,
        exception_table,
    }
}
