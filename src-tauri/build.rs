fn main() {
    // The manifest sits at the repository root, so capabilities are found under src-tauri/.
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .expect("tauri build step");
}
