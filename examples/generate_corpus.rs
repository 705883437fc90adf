//! Writes a generated corpus to a folder, for measuring the binary on it:
//! `cargo run --release --example generate_corpus -- /tmp/gen 1000 700`
//! then `crossread align --json --stats /tmp/gen`.

#[path = "../benches/common/mod.rs"]
mod common;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().map_or("generated-corpus", String::as_str);
    let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let words = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(700);
    std::fs::create_dir_all(dir)?;
    for (name, text) in common::generate(n, words) {
        std::fs::write(std::path::Path::new(dir).join(name), text)?;
    }
    eprintln!("wrote {n} articles of about {words} words to {dir}");
    Ok(())
}
