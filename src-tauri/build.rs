fn main() {
    // The manifest sits at the repository root, so capabilities are found
    // under src-tauri/. Each app command gets its own allow-/deny-
    // permission, so every window is granted exactly what it uses.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(&[
                "counter_state",
                "currencies",
                "charge",
                "recent",
                "invoice",
                "cancel",
                "check",
                "simulate",
                "show",
                "open_customer_display",
                "customer_state",
                "owner_unlock",
                "owner_lock",
                "owner_set_pin",
                "owner_settings",
                "owner_set",
                "owner_providers",
                "owner_add_provider",
                "owner_remove_provider",
                "owner_set_default_provider",
                "owner_store_credentials",
                "setup",
                "sign_in",
                "sign_out",
                "owner_staff",
                "owner_add_staff",
                "owner_remove_staff",
                "owner_activity",
                "hq_state",
                "owner_takings",
                "owner_export",
                "owner_shifts",
                "owner_close_shift",
                "receipt",
                "print_receipt",
                "update_state",
                "owner_update_check",
                "owner_update_install",
                "owner_balances",
                "owner_withdraw_quote",
                "owner_withdraw",
                "owner_withdrawals",
                "owner_resolve_withdrawal",
                "owner_addresses",
                "owner_add_address",
                "owner_remove_address",
            ])),
    )
    .expect("tauri build step");
}
