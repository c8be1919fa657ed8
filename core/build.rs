//! Embeds the built-in instrument without its indentation: the JSON in `instruments/` stays
//! readable for people, the copy in the app is the same data in fewer bytes.

fn main() {
    let source = "../instruments/partnership-pulse.json";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|error| panic!("{source}: {error}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|error| panic!("{source}: {error}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin-survey.json");
    std::fs::write(&out, value.to_string()).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
