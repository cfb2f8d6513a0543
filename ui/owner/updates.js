// Updates: the state in the Settings tab and the badge in the top bar.
import { invoke, $, show, errorText } from "../shared.js";
import { state } from "../state.js";
import { openOwner } from "./office.js";
import { t } from "../i18n.js";

// The last state the app reported, kept to be worded again.
let last = { state: "unchecked" };

function updateText(u) {
  const version = u.version;
  switch (u.state) {
    case "off": return t("update-off");
    case "unchecked": return t("update-unchecked");
    case "checking": return t("update-checking");
    case "up_to_date": return t("update-up-to-date", { version });
    // The release notes come as written.
    case "available": return `${t("update-available", { version })}${u.notes ? " " + u.notes : ""}`;
    // The figures as strings: Fluent would group the digits of a number.
    case "downloading": return u.total
      ? t("update-downloading-percent", { version, percent: String(Math.floor((u.received * 100) / u.total)) })
      : t("update-downloading-kib", { version, kib: String(Math.round(u.received / 1024)) });
    case "waiting_for_sales": return t("update-waiting", { version, open: u.open });
    case "installing": return t("update-installing", { version });
    case "failed": return errorText({ l10n: u.l10n, message: u.message });
    default: return "";
  }
}

export function showUpdate(u = last) {
  last = u;
  $("update-text").textContent = updateText(u);
  show($("update-install"), u.state === "available");
  const badge = ["available", "downloading", "waiting_for_sales", "installing"].includes(u.state);
  show($("update-badge"), badge);
  $("update-badge").textContent = u.state === "available"
    ? t("update-badge-available", { version: u.version })
    : t("update-badge-updating");
}

async function checkUpdates() {
  try {
    showUpdate(await invoke("owner_update_check"));
  } catch (e) {
    $("update-text").textContent = errorText(e);
  }
}

async function installUpdate() {
  try {
    await invoke("owner_update_install");
  } catch (e) {
    $("update-text").textContent = errorText(e);
  }
}

export function wire() {
  $("update-check").addEventListener("click", checkUpdates);
  $("update-install").addEventListener("click", installUpdate);
  $("update-badge").addEventListener("click", () => {
    state.tab = "setup";
    openOwner();
  });
}
