//! Embeds the bundled seed articles so an installed binary works from any folder.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=seeds");
    let mut names: Vec<String> = fs::read_dir("seeds")
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".txt") || n.ends_with(".md") || n.ends_with(".html"));
    names.sort();
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut code = String::from("pub const SEEDS: &[(&str, &[u8])] = &[\n");
    for n in names {
        let full = Path::new(&root).join("seeds").join(&n);
        code.push_str(&format!(
            "    ({n:?}, include_bytes!({:?})),\n",
            full.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(out, code).expect("write seeds.rs");
}
