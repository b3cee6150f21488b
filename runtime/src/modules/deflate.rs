//! DEFLATE (RFC 1951) for `zlib`: a decoder for every block type and an
//! encoder writing LZ77 matches with the fixed Huffman code (or stored
//! blocks at level 0). The streams are valid for any inflater; they are not
//! byte-for-byte those of the C zlib, whose encoder tunes block splitting
//! and dynamic codes.

/// Why a stream could not be decoded.
#[derive(Debug, PartialEq)]
pub enum InflateError {
    /// The input ended before the final block did.
    Incomplete,
    /// The input is not a DEFLATE stream; CPython's message.
    Invalid(&'static str),
}

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    bit: u32,
    nbits: u32,
}

impl Bits<'_> {
    fn need(&mut self, n: u32) -> Result<(), InflateError> {
        while self.nbits < n {
            let Some(&b) = self.data.get(self.pos) else {
                return Err(InflateError::Incomplete);
            };
            self.pos += 1;
            self.bit |= (b as u32) << self.nbits;
            self.nbits += 8;
        }
        Ok(())
    }

    fn take(&mut self, n: u32) -> Result<u32, InflateError> {
        if n == 0 {
            return Ok(0);
        }
        self.need(n)?;
        let v = self.bit & ((1u32 << n) - 1);
        self.bit >>= n;
        self.nbits -= n;
        Ok(v)
    }

    fn align(&mut self) {
        let drop = self.nbits % 8;
        self.bit >>= drop;
        self.nbits -= drop;
    }
}

/// A canonical Huffman decoding table: counts per length and symbols by code.
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    fn new(lengths: &[u8]) -> Result<Huffman, InflateError> {
        let mut counts = [0u16; 16];
        for &l in lengths {
            counts[l as usize & 15] += 1;
        }
        counts[0] = 0;
        let mut left: i32 = 1;
        for &c in &counts[1..] {
            left = left * 2 - c as i32;
            if left < 0 {
                return Err(InflateError::Invalid("invalid code lengths set"));
            }
        }
        let mut offs = [0u16; 16];
        for i in 1..15 {
            offs[i + 1] = offs[i] + counts[i];
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (s, &l) in lengths.iter().enumerate() {
            if l != 0 {
                let o = &mut offs[l as usize & 15];
                if let Some(slot) = symbols.get_mut(*o as usize) {
                    *slot = s as u16;
                }
                *o += 1;
            }
        }
        Ok(Huffman { counts, symbols })
    }

    fn decode(&self, b: &mut Bits<'_>) -> Result<u16, InflateError> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= b.take(1)? as i32;
            let count = self.counts[len] as i32;
            if code - count < first {
                let at = (index + (code - first)) as usize;
                return self
                    .symbols
                    .get(at)
                    .copied()
                    .ok_or(InflateError::Invalid("invalid code"));
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Err(InflateError::Invalid("invalid code"))
    }
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

fn fixed_lengths() -> (Vec<u8>, Vec<u8>) {
    let mut lit = vec![8u8; 288];
    lit[144..256].iter_mut().for_each(|l| *l = 9);
    lit[256..280].iter_mut().for_each(|l| *l = 7);
    (lit, vec![5u8; 30])
}

/// Decodes the raw DEFLATE stream at the start of `data`: the output and
/// how many input bytes the stream used.
pub fn inflate(data: &[u8]) -> Result<(Vec<u8>, usize), InflateError> {
    let mut b = Bits {
        data,
        pos: 0,
        bit: 0,
        nbits: 0,
    };
    let mut out: Vec<u8> = Vec::new();
    loop {
        let last = b.take(1)?;
        match b.take(2)? {
            0 => {
                b.align();
                b.bit = 0;
                b.nbits = 0;
                let head = data.get(b.pos..b.pos + 4).ok_or(InflateError::Incomplete)?;
                let len = u16::from_le_bytes([head[0], head[1]]);
                let nlen = u16::from_le_bytes([head[2], head[3]]);
                if len != !nlen {
                    return Err(InflateError::Invalid("invalid stored block lengths"));
                }
                b.pos += 4;
                let body = data
                    .get(b.pos..b.pos + len as usize)
                    .ok_or(InflateError::Incomplete)?;
                out.extend_from_slice(body);
                b.pos += len as usize;
            }
            1 => {
                let (lit, dist) = fixed_lengths();
                codes(
                    &mut b,
                    &mut out,
                    &Huffman::new(&lit)?,
                    &Huffman::new(&dist)?,
                )?;
            }
            2 => {
                let (lit, dist) = dynamic_tables(&mut b)?;
                codes(&mut b, &mut out, &lit, &dist)?;
            }
            _ => return Err(InflateError::Invalid("invalid block type")),
        }
        if last == 1 {
            break;
        }
    }
    Ok((out, b.pos))
}

fn dynamic_tables(b: &mut Bits<'_>) -> Result<(Huffman, Huffman), InflateError> {
    const ORDER: [usize; 19] = [
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
    ];
    let nlen = b.take(5)? as usize + 257;
    let ndist = b.take(5)? as usize + 1;
    let ncode = b.take(4)? as usize + 4;
    if nlen > 286 || ndist > 30 {
        return Err(InflateError::Invalid("too many length or distance symbols"));
    }
    let mut lengths = [0u8; 19];
    for &o in ORDER.iter().take(ncode) {
        lengths[o] = b.take(3)? as u8;
    }
    let lencode = Huffman::new(&lengths)?;
    let mut all = vec![0u8; nlen + ndist];
    let mut i = 0;
    while i < nlen + ndist {
        let sym = lencode.decode(b)?;
        if sym < 16 {
            all[i] = sym as u8;
            i += 1;
            continue;
        }
        let (value, times) = match sym {
            16 => {
                if i == 0 {
                    return Err(InflateError::Invalid("invalid bit length repeat"));
                }
                (all[i - 1], 3 + b.take(2)? as usize)
            }
            17 => (0, 3 + b.take(3)? as usize),
            _ => (0, 11 + b.take(7)? as usize),
        };
        if i + times > nlen + ndist {
            return Err(InflateError::Invalid("invalid bit length repeat"));
        }
        all[i..i + times].iter_mut().for_each(|l| *l = value);
        i += times;
    }
    if all[256] == 0 {
        return Err(InflateError::Invalid(
            "invalid code -- missing end-of-block",
        ));
    }
    Ok((Huffman::new(&all[..nlen])?, Huffman::new(&all[nlen..])?))
}

fn codes(
    b: &mut Bits<'_>,
    out: &mut Vec<u8>,
    lit: &Huffman,
    dist: &Huffman,
) -> Result<(), InflateError> {
    loop {
        let sym = lit.decode(b)? as usize;
        if sym < 256 {
            out.push(sym as u8);
            continue;
        }
        if sym == 256 {
            return Ok(());
        }
        let li = sym - 257;
        if li >= 29 {
            return Err(InflateError::Invalid("invalid literal/length code"));
        }
        let len = LEN_BASE[li] as usize + b.take(LEN_EXTRA[li] as u32)? as usize;
        let di = dist.decode(b)? as usize;
        if di >= 30 {
            return Err(InflateError::Invalid("invalid distance code"));
        }
        let d = DIST_BASE[di] as usize + b.take(DIST_EXTRA[di] as u32)? as usize;
        if d > out.len() {
            return Err(InflateError::Invalid("invalid distance too far back"));
        }
        let start = out.len() - d;
        for k in 0..len {
            let byte = out[start + k];
            out.push(byte);
        }
    }
}

struct BitWriter {
    out: Vec<u8>,
    bit: u64,
    nbits: u32,
}

impl BitWriter {
    fn put(&mut self, value: u32, n: u32) {
        self.bit |= (value as u64) << self.nbits;
        self.nbits += n;
        while self.nbits >= 8 {
            self.out.push(self.bit as u8);
            self.bit >>= 8;
            self.nbits -= 8;
        }
    }

    /// Writes Huffman code `code` of `len` bits, most significant bit first.
    fn put_code(&mut self, code: u32, len: u32) {
        let mut rev = 0;
        for i in 0..len {
            rev |= ((code >> i) & 1) << (len - 1 - i);
        }
        self.put(rev, len);
    }

    fn finish(mut self) -> Vec<u8> {
        if self.nbits > 0 {
            self.out.push(self.bit as u8);
        }
        self.out
    }
}

fn fixed_literal(w: &mut BitWriter, sym: u32) {
    match sym {
        0..=143 => w.put_code(0x30 + sym, 8),
        144..=255 => w.put_code(0x190 + sym - 144, 9),
        256..=279 => w.put_code(sym - 256, 7),
        _ => w.put_code(0xC0 + sym - 280, 8),
    }
}

fn write_match(w: &mut BitWriter, len: usize, dist: usize) {
    let li = LEN_BASE.partition_point(|&b| b as usize <= len) - 1;
    fixed_literal(w, 257 + li as u32);
    w.put((len - LEN_BASE[li] as usize) as u32, LEN_EXTRA[li] as u32);
    let di = DIST_BASE.partition_point(|&b| b as usize <= dist) - 1;
    w.put_code(di as u32, 5);
    w.put(
        (dist - DIST_BASE[di] as usize) as u32,
        DIST_EXTRA[di] as u32,
    );
}

/// A raw DEFLATE stream of `data`: stored blocks at level 0, otherwise one
/// fixed-Huffman block of greedy LZ77 matches found through hash chains
/// (the level bounds how many candidates are tried).
pub fn deflate(data: &[u8], level: i32) -> Vec<u8> {
    if level == 0 {
        let mut out = Vec::new();
        let mut chunks = data.chunks(65535).peekable();
        if chunks.peek().is_none() {
            out.extend_from_slice(&[1, 0, 0, 0xFF, 0xFF]);
        }
        while let Some(c) = chunks.next() {
            out.push(if chunks.peek().is_none() { 1 } else { 0 });
            let n = c.len() as u16;
            out.extend_from_slice(&n.to_le_bytes());
            out.extend_from_slice(&(!n).to_le_bytes());
            out.extend_from_slice(c);
        }
        return out;
    }
    let tries = match level {
        1..=3 => 4,
        4..=6 | -1 => 32,
        _ => 256,
    };
    const WINDOW: usize = 32768;
    const HASH: usize = 1 << 15;
    let mut head = vec![usize::MAX; HASH];
    let mut prev = vec![usize::MAX; data.len()];
    let hash = |i: usize| -> usize {
        ((data[i] as usize) << 10 ^ (data[i + 1] as usize) << 5 ^ data[i + 2] as usize) & (HASH - 1)
    };
    let mut w = BitWriter {
        out: Vec::new(),
        bit: 0,
        nbits: 0,
    };
    w.put(1, 1);
    w.put(1, 2);
    let mut i = 0;
    while i < data.len() {
        let mut best = (0usize, 0usize);
        if i + 2 < data.len() {
            let h = hash(i);
            let mut cand = head[h];
            let mut left = tries;
            while cand != usize::MAX && i - cand <= WINDOW && left > 0 {
                let max = (data.len() - i).min(258);
                let mut n = 0;
                while n < max && data[cand + n] == data[i + n] {
                    n += 1;
                }
                if n > best.0 {
                    best = (n, i - cand);
                    if n == max {
                        break;
                    }
                }
                cand = prev[cand];
                left -= 1;
            }
        }
        let step = if best.0 >= 3 {
            write_match(&mut w, best.0, best.1);
            best.0
        } else {
            fixed_literal(&mut w, data[i] as u32);
            1
        };
        for k in i..i + step {
            if k + 2 < data.len() {
                let h = hash(k);
                prev[k] = head[h];
                head[h] = k;
            }
        }
        i += step;
    }
    fixed_literal(&mut w, 256);
    w.finish()
}

/// CRC-32 (the one of zlib and gzip) of `data`, continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// Adler-32 of `data`, continuing from `adler`.
pub fn adler32(data: &[u8], adler: u32) -> u32 {
    let (mut a, mut b) = (adler & 0xFFFF, adler >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let text: Vec<u8> = b"hello hello hello world, abcabcabcabc"
            .iter()
            .cycle()
            .take(5000)
            .copied()
            .collect();
        for level in [0, 1, 6, 9] {
            let z = deflate(&text, level);
            assert_eq!(inflate(&z), Ok((text.clone(), z.len())));
        }
        assert_eq!(inflate(&deflate(b"", 6)), Ok((Vec::new(), 2)));
    }

    #[test]
    fn checksums_match_zlib() {
        // python3: zlib.crc32(b'hello'), zlib.adler32(b'hello')
        assert_eq!(crc32(b"hello", 0), 907060870);
        assert_eq!(adler32(b"hello", 1), 103547413);
    }

    #[test]
    fn decodes_zlib_output() {
        // python3: zlib.compress(b'aaaaaaaaaabbbbbbbbbb' * 3)[2:-4]
        let z = [75, 76, 132, 129, 36, 56, 72, 36, 82, 12, 0];
        let want: Vec<u8> = b"aaaaaaaaaabbbbbbbbbb".repeat(3);
        assert_eq!(inflate(&z).map(|r| r.0), Ok(want));
    }
}
