//! A zip archive of files stored as they are (no compression), as the editor's "Download
//! the site" writes it: what every system's unzip and every host's upload form read.
//!
//! Stored, not deflated: the browser has no deflate the organisers' bundle could call
//! synchronously, and most of a site's bytes (wasm, PDFs) would shrink little next to what
//! the host compresses on the fly. Names are UTF-8 (flag bit 11); sizes and offsets are
//! 32-bit (a site is far from 4 GiB; [`Zip::finish`] refuses rather than write a broken
//! archive).

/// A moment as zip writes it: the local time of the organiser's computer, to the two
/// seconds MS-DOS kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Stamp {
    /// (time, date) in MS-DOS's packing; years before 1980 are written as 1980.
    fn dos(self) -> (u16, u16) {
        let time = (u16::from(self.hour) << 11)
            | (u16::from(self.minute) << 5)
            | (u16::from(self.second) / 2);
        let year = self.year.clamp(1980, 2107) - 1980;
        let date = (year << 9) | (u16::from(self.month) << 5) | u16::from(self.day);
        (time, date)
    }
}

/// The CRC-32 (IEEE 802.3, as zip and gzip use it) of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Why an archive could not be written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ZipError {
    #[error("the archive would be larger than 4 GiB")]
    TooLarge,
    #[error("the archive would hold more than 65,535 files")]
    TooMany,
    #[error("`{0}` is not a file's path inside the site")]
    BadName(String),
}

/// An archive being written: [`Zip::add`] each file, then [`Zip::finish`].
pub struct Zip {
    bytes: Vec<u8>,
    central: Vec<u8>,
    count: usize,
    stamp: (u16, u16),
    too_large: bool,
}

const VERSION: u16 = 20;
const UTF8_NAMES: u16 = 1 << 11;
/// Made on Unix, so that unzip reads the modes in the external attributes.
const MADE_BY: u16 = (3 << 8) | VERSION;
/// A plain file, readable by all: -rw-r--r--.
const FILE_MODE: u32 = 0o100_644 << 16;

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Whether `name` is a relative path with no step out (`..`), no empty step and no
/// backslash: what an unzip writes inside the folder it is given.
pub fn is_inside(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('\\')
        && name
            .split('/')
            .all(|step| !step.is_empty() && step != "." && step != "..")
}

impl Zip {
    pub fn new(stamp: Stamp) -> Zip {
        Zip {
            bytes: Vec::new(),
            central: Vec::new(),
            count: 0,
            stamp: stamp.dos(),
            too_large: false,
        }
    }

    /// Adds the file `name` (a path inside the site: `agenda/opening.html`).
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), ZipError> {
        if !is_inside(name) {
            return Err(ZipError::BadName(name.to_owned()));
        }
        let (Ok(size), Ok(offset), Ok(name_len)) = (
            u32::try_from(data.len()),
            u32::try_from(self.bytes.len()),
            u16::try_from(name.len()),
        ) else {
            self.too_large = true;
            return Err(ZipError::TooLarge);
        };
        let crc = crc32(data);
        let (time, date) = self.stamp;
        // What both headers say of the file, from the version needed on: stored (method
        // 0), its time, CRC, sizes and name's length, then an empty extra field.
        let common = |out: &mut Vec<u8>| {
            put16(out, VERSION);
            put16(out, UTF8_NAMES);
            put16(out, 0);
            put16(out, time);
            put16(out, date);
            put32(out, crc);
            put32(out, size);
            put32(out, size);
            put16(out, name_len);
            put16(out, 0);
        };
        // The local header, then the data.
        put32(&mut self.bytes, 0x0403_4b50);
        common(&mut self.bytes);
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(data);
        // Its entry in the central directory.
        let out = &mut self.central;
        put32(out, 0x0201_4b50);
        put16(out, MADE_BY);
        common(out);
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, FILE_MODE);
        put32(out, offset);
        out.extend_from_slice(name.as_bytes());
        self.count += 1;
        Ok(())
    }

    /// The archive's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, ZipError> {
        let count = u16::try_from(self.count).map_err(|_| ZipError::TooMany)?;
        let size = u32::try_from(self.central.len());
        let offset = u32::try_from(self.bytes.len());
        let (Ok(size), Ok(offset), false) = (size, offset, self.too_large) else {
            return Err(ZipError::TooLarge);
        };
        if u32::try_from(self.bytes.len() + self.central.len() + 22).is_err() {
            return Err(ZipError::TooLarge);
        }
        let mut out = std::mem::take(&mut self.bytes);
        out.append(&mut self.central);
        put32(&mut out, 0x0605_4b50);
        put16(&mut out, 0);
        put16(&mut out, 0);
        put16(&mut out, count);
        put16(&mut out, count);
        put32(&mut out, size);
        put32(&mut out, offset);
        put16(&mut out, 0);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAMP: Stamp = Stamp {
        year: 2026,
        month: 12,
        day: 7,
        hour: 13,
        minute: 45,
        second: 31,
    };

    fn u16_at(bytes: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([bytes[at], bytes[at + 1]])
    }

    fn u32_at(bytes: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
    }

    /// Reads an archive back through its central directory, as unzip does: each
    /// entry's name and data, checking the local header agrees and the CRC holds.
    fn read_back(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let end = bytes.len() - 22;
        assert_eq!(u32_at(bytes, end), 0x0605_4b50, "end of central directory");
        let count = usize::from(u16_at(bytes, end + 10));
        let mut at = u32_at(bytes, end + 16) as usize;
        assert_eq!(at + u32_at(bytes, end + 12) as usize, end, "directory size");
        let mut files = Vec::new();
        for _ in 0..count {
            assert_eq!(u32_at(bytes, at), 0x0201_4b50);
            let crc = u32_at(bytes, at + 16);
            let size = u32_at(bytes, at + 20) as usize;
            let name_len = usize::from(u16_at(bytes, at + 28));
            let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
            assert_eq!(u32_at(bytes, at + 38) >> 16, 0o100_644);
            let local = u32_at(bytes, at + 42) as usize;
            assert_eq!(u32_at(bytes, local), 0x0403_4b50);
            assert_eq!(u32_at(bytes, local + 14), crc);
            let local_name = usize::from(u16_at(bytes, local + 26));
            let start = local + 30 + local_name;
            let data = bytes[start..start + size].to_vec();
            assert_eq!(crc32(&data), crc, "{name}");
            files.push((name, data));
            at += 46 + name_len;
        }
        files
    }

    #[test]
    fn crc32_is_the_one_zip_and_gzip_use() {
        // The check value of CRC-32/ISO-HDLC, and the empty input.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn an_archive_reads_back_file_by_file() {
        let mut zip = Zip::new(STAMP);
        zip.add("index.html", b"<!doctype html><title>Home</title>")
            .unwrap();
        zip.add("agenda/opening.html", b"<p>Opening</p>").unwrap();
        zip.add(
            "documents/r\u{e9}sum\u{e9} \u{62a5}\u{544a}.pdf",
            &[0, 159, 146, 150],
        )
        .unwrap();
        zip.add("empty.txt", b"").unwrap();
        let files = read_back(&zip.finish().unwrap());
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "index.html",
                "agenda/opening.html",
                "documents/r\u{e9}sum\u{e9} \u{62a5}\u{544a}.pdf",
                "empty.txt"
            ]
        );
        assert_eq!(files[1].1, b"<p>Opening</p>");
        assert_eq!(files[2].1, [0, 159, 146, 150]);
        assert!(files[3].1.is_empty());
    }

    #[test]
    fn an_empty_archive_is_the_end_record_alone() {
        let bytes = Zip::new(STAMP).finish().unwrap();
        assert_eq!(bytes.len(), 22);
        assert!(read_back(&bytes).is_empty());
    }

    #[test]
    fn the_date_is_packed_as_ms_dos_kept_it() {
        // 13:45:31 → 13 << 11 | 45 << 5 | 15; 2026-12-07 → 46 << 9 | 12 << 5 | 7.
        assert_eq!(STAMP.dos(), (0x6DAF, 0x5D87));
        let early = Stamp {
            year: 1970,
            ..STAMP
        };
        assert_eq!(early.dos().1 >> 9, 0, "before 1980 is written as 1980");
    }

    #[test]
    fn a_name_that_would_leave_the_folder_is_refused() {
        let mut zip = Zip::new(STAMP);
        for name in [
            "",
            "/etc/passwd",
            "../up.html",
            "a/../../b",
            "a//b",
            "a\\b",
            "./a",
            "a/",
        ] {
            assert_eq!(
                zip.add(name, b"x"),
                Err(ZipError::BadName(name.to_owned())),
                "{name}"
            );
        }
        assert_eq!(zip.finish().unwrap().len(), 22, "nothing was added");
    }

    /// Python's zipfile (the CPython the Makefile uses) reads the archive and tests
    /// every CRC: a reader we did not write.
    #[test]
    fn another_unzip_reads_it() {
        let mut zip = Zip::new(STAMP);
        zip.add("index.html", b"<p>Home</p>").unwrap();
        zip.add(
            "agenda/\u{627}\u{644}\u{627}\u{641}\u{62a}\u{62a}\u{627}\u{62d}.html",
            b"<p>\xd8\xa7</p>",
        )
        .unwrap();
        let path =
            std::env::temp_dir().join(format!("event-portal-zip-{}.zip", std::process::id()));
        std::fs::write(&path, zip.finish().unwrap()).unwrap();
        let script = "import sys, zipfile\n\
            z = zipfile.ZipFile(sys.argv[1])\n\
            assert z.testzip() is None\n\
            for i in z.infolist(): print(i.filename, i.file_size, i.date_time, oct(i.external_attr >> 16))";
        let out = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .output()
            .expect("python3 runs");
        std::fs::remove_file(&path).ok();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            "index.html 11 (2026, 12, 7, 13, 45, 30) 0o100644\n\
             agenda/\u{627}\u{644}\u{627}\u{641}\u{62a}\u{62a}\u{627}\u{62d}.html 9 (2026, 12, 7, 13, 45, 30) 0o100644\n"
        );
    }
}
